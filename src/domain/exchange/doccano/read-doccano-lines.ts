import { checkJsonDepth, isJsonObject } from '../read-input';
import { describeValue, fail, succeed, type ParseResult } from '../result';
import { labelNameSchema, readOffsetPair, spanOffsetsSchema } from '../schemas';

/** Reading a doccano JSONL file line by line: JSON, its text, and well-formed spans. */

export type DoccanoLineJson = Record<string, unknown>;

export interface CheckedSpan {
  start: number;
  end: number;
  labelName: string;
}

export interface CheckedLine {
  lineNumber: number;
  line: DoccanoLineJson;
  rawText: string;
  spans: CheckedSpan[];
}

interface RawSpan {
  start: unknown;
  end: unknown;
  label: unknown;
}

/** The spans as `label` ([[start, end, "LABEL"], …]) or `entities` objects give them. */
function spansOf(line: DoccanoLineJson): RawSpan[] | string {
  const list = line.label ?? line.labels;
  if (Array.isArray(list)) {
    const spans: RawSpan[] = [];
    for (const [index, item] of list.entries()) {
      if (!Array.isArray(item) || item.length < 3) {
        return `"label" item ${index + 1} must be [start, end, "LABEL"] (got ${describeValue(item)})`;
      }
      spans.push({ start: item[0], end: item[1], label: item[2] });
    }
    return spans;
  }
  if (Array.isArray(line.entities)) {
    const spans: RawSpan[] = [];
    for (const [index, item] of line.entities.entries()) {
      if (!isJsonObject(item)) return `"entities" item ${index + 1} must be an object`;
      spans.push({ start: item.start_offset, end: item.end_offset, label: item.label });
    }
    return spans;
  }
  if (list === undefined) return [];
  return `"label" must be a list of [start, end, "LABEL"] (got ${describeValue(list)})`;
}

/** A metadata string: a top-level key, or one inside `meta` / `metadata`; '' when absent. */
export function metaString(line: DoccanoLineJson, key: string): string {
  const direct = line[key];
  if (typeof direct === 'string') return direct;
  for (const holder of [line.meta, line.metadata]) {
    if (isJsonObject(holder) && typeof holder[key] === 'string') return holder[key];
  }
  return '';
}

function checkSpan(span: RawSpan, spanAt: string, at: string): ParseResult<CheckedSpan> {
  const { start, end, label } = span;
  const pair = readOffsetPair({ start, end }, spanOffsetsSchema);
  if (!pair.ok && pair.problem === 'not-whole') {
    return fail(
      `${spanAt}: start and end must be whole numbers ≥ 0 (got ${describeValue(start)}, ${describeValue(end)})`,
      at,
    );
  }
  if (!pair.ok)
    return fail(`${spanAt}: end (${String(end)}) is before start (${String(start)})`, at);
  const labelName = labelNameSchema.safeParse(label);
  if (!labelName.success) {
    return fail(`${spanAt}: the label must be a name (got ${describeValue(label)})`, at);
  }
  return succeed({ start: pair.start, end: pair.end, labelName: labelName.data });
}

function parseLine(source: string, at: string): ParseResult<DoccanoLineJson> {
  const depth = checkJsonDepth(source);
  if (!depth.ok) return fail(`${at}: ${depth.error.message}`, at);
  let line: unknown;
  try {
    line = JSON.parse(source);
  } catch {
    return fail(
      `${at} is not valid JSON (each line of a doccano JSONL file is one JSON object)`,
      at,
    );
  }
  if (!isJsonObject(line)) {
    return fail(
      `${at} must be a JSON object with "text" and "label" (got ${describeValue(line)})`,
      at,
    );
  }
  return succeed(line);
}

/** One non-blank line, checked; offsets are checked against the text later, in their unit. */
function checkLine(source: string, lineNumber: number): ParseResult<CheckedLine> {
  const at = `line ${lineNumber}`;
  const parsed = parseLine(source, at);
  if (!parsed.ok) return parsed;
  const line = parsed.value;
  const rawText =
    typeof line.text === 'string' ? line.text : typeof line.data === 'string' ? line.data : null;
  if (rawText === null) return fail(`${at}: "text" is missing (the labeled text)`, at);
  const spans = spansOf(line);
  if (typeof spans === 'string') return fail(`${at}: ${spans}`, at);
  const good: CheckedSpan[] = [];
  for (const [spanIndex, span] of spans.entries()) {
    const checked = checkSpan(span, `${at}, label ${spanIndex + 1}`, at);
    if (!checked.ok) return checked;
    good.push(checked.value);
  }
  return succeed({ lineNumber, line, rawText, spans: good });
}

export function checkDoccanoLines(content: string): ParseResult<CheckedLine[]> {
  const checked: CheckedLine[] = [];
  for (const [index, rawLine] of content.split('\n').entries()) {
    const source = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (source.trim() === '') continue;
    const line = checkLine(source, index + 1);
    if (!line.ok) return line;
    checked.push(line.value);
  }
  return succeed(checked);
}
