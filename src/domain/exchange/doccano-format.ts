import { isValidPartialDate } from '../dates';
import { makeOffsetConverter, type OffsetConverter } from '../text/quote-selector';
import type { Annotation, Article, Codebook, Outlet } from '../types';
import {
  ImportCollector,
  makeLabelLookup,
  makePlacementText,
  placeSpan,
  type ForeignImport,
} from './foreign-import';
import { checkJsonDepth, isJsonObject } from './read-input';
import { describeValue, fail, succeed, type ParseResult } from './result';
import { keepSafeUrl } from './safe-url';
import {
  decideOffsetUnits,
  detectOffsetUnits,
  parseOffsetUnitsName,
  type DoccanoOffsetUnits,
  type DoccanoUnitsReport,
} from './doccano-units';
import { fnv1a32, stableId } from './stable-id';

/**
 * doccano JSONL (sequence labeling): one JSON object per line,
 * `{"text": "...", "label": [[start, end, "LABEL"], ...]}` plus metadata keys (doccano keeps
 * unknown keys as metadata): outlet, title, url, published, textHash, offsetUnits.
 *
 * Offsets: doccano's annotator (v-annotator) measures the text with JavaScript strings, so by
 * default its offsets are UTF-16 code units — doccano issue #2290 shows "firetrucks" after
 * "👨🏻‍🚒 " at 22–32 in doccano but 19–29 in Python. (A project with "Count grapheme clusters as
 * one character" counts graphemes instead; that is not supported.) Files made by Python tools
 * usually count code points. Exports name their unit in `offsetUnits`; on import the spans
 * themselves show the unit (doccano-units.ts), and when they do not, the person chooses.
 *
 * doccano carries text, spans and label names only: target, valence, voice, note and ids do
 * not travel. Imported spans get ids derived from (text, start, end, label), so importing the
 * same file twice changes nothing.
 */

export type { DoccanoOffsetUnits } from './doccano-units';

/** The metadata key naming the unit of a line's offsets (`"utf16"` or `"code-points"`). */
export const OFFSET_UNITS_KEY = 'offsetUnits';

export interface DoccanoSerializeInput {
  articles: readonly Article[];
  outlets: readonly Outlet[];
  annotations: readonly Annotation[];
  codebook: Codebook;
  offsetUnits?: DoccanoOffsetUnits;
}

export interface DoccanoLine {
  text: string;
  label: [number, number, string][];
  outlet: string;
  title: string;
  url: string;
  published: string;
  textHash: string;
  /** Metadata naming the unit of `label`'s offsets, so a re-import need not guess. */
  offsetUnits: DoccanoOffsetUnits;
}

function converterFor(text: string, units: DoccanoOffsetUnits): OffsetConverter | null {
  return units === 'code-points' ? makeOffsetConverter(text) : null;
}

export function buildDoccanoLines(input: DoccanoSerializeInput): DoccanoLine[] {
  const units = input.offsetUnits ?? 'utf16';
  const outlets = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const labels = new Map(input.codebook.labels.map((label) => [label.id, label.name]));
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of input.annotations) {
    if (annotation.deleted === 1 || annotation.status !== 'accepted') continue;
    const list = byArticle.get(annotation.articleId);
    if (list) list.push(annotation);
    else byArticle.set(annotation.articleId, [annotation]);
  }
  return input.articles.map((article) => {
    const converter = converterFor(article.text, units);
    const seen = new Set<string>();
    const spans: [number, number, string][] = [];
    const list = [...(byArticle.get(article.id) ?? [])].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    for (const annotation of list) {
      const name = labels.get(annotation.labelId) ?? annotation.labelId;
      const start = converter ? converter.toCodePoint(annotation.start) : annotation.start;
      const end = converter ? converter.toCodePoint(annotation.end) : annotation.end;
      const key = `${start}:${end}:${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push([start, end, name]);
    }
    return {
      text: article.text,
      label: spans,
      outlet: outlets.get(article.outletId) ?? '',
      title: article.title,
      url: article.url ?? '',
      published: article.published,
      textHash: article.textHash,
      offsetUnits: units,
    };
  });
}

export function serializeDoccano(input: DoccanoSerializeInput): string {
  return buildDoccanoLines(input)
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Parsing

export interface DoccanoParseContext {
  codebook: Codebook;
  /** doccano lines name no annotator: the importing person (or a named import annotator). */
  annotatorId: string;
  /** Timestamp for every imported span — pass the file's modification time so re-imports agree. */
  importedAt: string;
  defaultOutletName: string;
  /** The unit the person chose; without it the spans decide (see doccano-units.ts). */
  offsetUnits?: DoccanoOffsetUnits;
}

interface RawSpan {
  start: unknown;
  end: unknown;
  label: unknown;
}

function spansOf(line: Record<string, unknown>): RawSpan[] | string {
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

function metaString(line: Record<string, unknown>, key: string): string {
  const direct = line[key];
  if (typeof direct === 'string') return direct;
  for (const holder of [line.meta, line.metadata]) {
    if (isJsonObject(holder) && typeof holder[key] === 'string') return holder[key];
  }
  return '';
}

/** A doccano import, with how the unit of its offsets was decided. */
export interface DoccanoImport extends ForeignImport {
  offsetUnits: DoccanoUnitsReport;
}

interface CheckedSpan {
  start: number;
  end: number;
  labelName: string;
}

interface CheckedLine {
  lineNumber: number;
  line: Record<string, unknown>;
  rawText: string;
  spans: CheckedSpan[];
}

/** Every line as JSON with its text and well-formed spans; offsets are checked against the text later, in their unit. */
function checkLines(content: string): ParseResult<CheckedLine[]> {
  const checked: CheckedLine[] = [];
  for (const [index, rawLine] of content.split('\n').entries()) {
    const lineNumber = index + 1;
    const at = `line ${lineNumber}`;
    const source = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (source.trim() === '') continue;
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
    const rawText =
      typeof line.text === 'string' ? line.text : typeof line.data === 'string' ? line.data : null;
    if (rawText === null) return fail(`${at}: "text" is missing (the labeled text)`, at);
    const spans = spansOf(line);
    if (typeof spans === 'string') return fail(`${at}: ${spans}`, at);
    const good: CheckedSpan[] = [];
    for (const [spanIndex, span] of spans.entries()) {
      const spanAt = `${at}, label ${spanIndex + 1}`;
      const { start, end, label: labelName } = span;
      if (
        typeof start !== 'number' ||
        typeof end !== 'number' ||
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0
      ) {
        return fail(
          `${spanAt}: start and end must be whole numbers ≥ 0 (got ${describeValue(start)}, ${describeValue(end)})`,
          at,
        );
      }
      if (end <= start) return fail(`${spanAt}: end (${end}) is before start (${start})`, at);
      if (typeof labelName !== 'string' || labelName === '') {
        return fail(`${spanAt}: the label must be a name (got ${describeValue(labelName)})`, at);
      }
      good.push({ start, end, labelName });
    }
    checked.push({ lineNumber, line, rawText, spans: good });
  }
  return succeed(checked);
}

/** The unit the file's metadata names (`"offsetUnits"`), when every line that names one agrees. */
function declaredUnits(lines: readonly CheckedLine[]): DoccanoOffsetUnits | null {
  let declared: DoccanoOffsetUnits | null = null;
  for (const { line } of lines) {
    const named = parseOffsetUnitsName(metaString(line, OFFSET_UNITS_KEY));
    if (named === null) continue;
    if (declared !== null && declared !== named) return null;
    declared = named;
  }
  return declared;
}

export function parseDoccano(
  content: string,
  context: DoccanoParseContext,
): ParseResult<DoccanoImport> {
  const checked = checkLines(content);
  if (!checked.ok) return checked;
  const lines = checked.value;
  if (lines.length === 0) return fail('The file has no doccano lines (it is empty).', 'line 1');
  const evidence = detectOffsetUnits(
    lines.map(({ lineNumber, rawText, spans }) => ({
      line: lineNumber,
      text: rawText,
      spans: spans.map(({ start, end }) => [start, end] as const),
    })),
  );
  const report = decideOffsetUnits(evidence, declaredUnits(lines), context.offsetUnits);
  const units = report.used;
  const warnings: string[] = [];
  const collector = new ImportCollector();
  const findLabel = makeLabelLookup(context.codebook);
  for (const { lineNumber, line, rawText, spans } of lines) {
    const at = `line ${lineNumber}`;
    const key = `doccano:line-${lineNumber}`;
    const text = makePlacementText(rawText);
    const title = metaString(line, 'title');
    const published = metaString(line, 'published');
    collector.result.documents.push({
      key,
      text: text.stored,
      outletName: metaString(line, 'outlet') || context.defaultOutletName,
      title: title || (text.stored.split('\n')[0] ?? '').slice(0, 200),
      url: keepSafeUrl(metaString(line, 'url'), `${at} ("${title}")`, warnings),
      published: isValidPartialDate(published) ? published : '',
      language: metaString(line, 'language'),
    });
    const converter = converterFor(rawText, units);
    const textKey = fnv1a32(rawText).toString(16);
    for (const [spanIndex, { start, end, labelName }] of spans.entries()) {
      const spanAt = `${at}, label ${spanIndex + 1}`;
      const s16 = converter ? converter.toUtf16(start) : start;
      const e16 = converter ? converter.toUtf16(end) : end;
      const limit = rawText.length;
      if (s16 === null || e16 === null || e16 > limit) {
        const length = converter ? converter.codePointLength : limit;
        return fail(
          `${spanAt}: end (${end}) is past the end of the text (${length} ${units === 'utf16' ? 'UTF-16 units' : 'code points'})`,
          at,
        );
      }
      const label = findLabel(labelName);
      const placement = placeSpan(text, s16, e16);
      const annotation: Annotation = {
        id: stableId(['doccano', textKey, String(start), String(end), labelName]),
        articleId: key,
        start: placement.ok ? placement.start : 0,
        end: placement.ok ? placement.end : 0,
        exact: placement.ok ? placement.exact : rawText.slice(s16, e16),
        prefix: placement.ok ? placement.prefix : '',
        suffix: placement.ok ? placement.suffix : '',
        labelId: label?.id ?? '',
        target: null,
        valence: 0,
        voice: 'own',
        note: '',
        annotatorId: context.annotatorId,
        status: 'accepted',
        createdAt: context.importedAt,
        updatedAt: context.importedAt,
        deleted: 0,
      };
      if (!placement.ok) collector.orphan(spanAt, annotation, placement.reason);
      else collector.add(annotation, labelName, label !== null);
    }
  }
  return succeed({ ...collector.result, offsetUnits: report }, warnings);
}
