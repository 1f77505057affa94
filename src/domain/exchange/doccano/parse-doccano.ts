import { isValidPartialDate } from '../../dates';
import type { OffsetConverter } from '../../text/quote-selector';
import type { Annotation, Codebook } from '../../types';
import {
  ImportCollector,
  makeLabelLookup,
  makePlacementText,
  placeSpan,
  type ForeignImport,
  type ImportedDocument,
} from '../foreign-import';
import { readLanguageTag } from '../language-field';
import { fail, succeed, type ParseResult } from '../result';
import { keepSafeUrl } from '../safe-url';
import {
  decideOffsetUnits,
  detectOffsetUnits,
  doccanoConverter,
  OFFSET_UNITS_KEY,
  parseOffsetUnitsName,
  type DoccanoOffsetUnits,
  type DoccanoUnitsReport,
} from '../doccano-units';
import { fnv1a32, stableId } from '../stable-id';
import {
  checkDoccanoLines,
  metaString,
  type CheckedLine,
  type CheckedSpan,
} from './read-doccano-lines';

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

/** A doccano import, with how the unit of its offsets was decided. */
export interface DoccanoImport extends ForeignImport {
  offsetUnits: DoccanoUnitsReport;
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

function decideUnits(
  lines: readonly CheckedLine[],
  chosen?: DoccanoOffsetUnits,
): DoccanoUnitsReport {
  const evidence = detectOffsetUnits(
    lines.map(({ lineNumber, rawText, spans }) => ({
      line: lineNumber,
      text: rawText,
      spans: spans.map(({ start, end }) => [start, end] as const),
    })),
  );
  return decideOffsetUnits(evidence, declaredUnits(lines), chosen);
}

function lineDocument(
  { lineNumber, line }: CheckedLine,
  stored: string,
  defaultOutletName: string,
  warnings: string[],
): Omit<ImportedDocument, 'language'> {
  const title = metaString(line, 'title');
  const published = metaString(line, 'published');
  return {
    key: `doccano:line-${lineNumber}`,
    text: stored,
    outletName: metaString(line, 'outlet') || defaultOutletName,
    title: title || (stored.split('\n')[0] ?? '').slice(0, 200),
    url: keepSafeUrl(metaString(line, 'url'), `line ${lineNumber} ("${title}")`, warnings),
    published: isValidPartialDate(published) ? published : '',
  };
}

/** The span's UTF-16 offsets in the file's text; fails when it runs past the text. */
function spanInText(
  span: CheckedSpan,
  rawText: string,
  converter: OffsetConverter | null,
  units: DoccanoOffsetUnits,
  spanAt: string,
  at: string,
): ParseResult<[number, number]> {
  const { start, end } = span;
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
  return succeed([s16, e16]);
}

interface DoccanoRun {
  context: DoccanoParseContext;
  units: DoccanoOffsetUnits;
  collector: ImportCollector;
  findLabel: ReturnType<typeof makeLabelLookup>;
  warnings: string[];
}

function readLine(run: DoccanoRun, checked: CheckedLine): ParseResult<true> {
  const { lineNumber, rawText, spans } = checked;
  const at = `line ${lineNumber}`;
  const text = makePlacementText(rawText);
  const language = readLanguageTag(metaString(checked.line, 'language'), at);
  if (!language.ok) return language;
  const document = {
    ...lineDocument(checked, text.stored, run.context.defaultOutletName, run.warnings),
    language: language.value,
  };
  run.collector.result.documents.push(document);
  const converter = doccanoConverter(rawText, run.units);
  const textKey = fnv1a32(rawText).toString(16);
  for (const [spanIndex, span] of spans.entries()) {
    const spanAt = `${at}, label ${spanIndex + 1}`;
    const offsets = spanInText(span, rawText, converter, run.units, spanAt, at);
    if (!offsets.ok) return offsets;
    const [s16, e16] = offsets.value;
    const { start, end, labelName } = span;
    const label = run.findLabel(labelName);
    const placement = placeSpan(text, s16, e16);
    const annotation: Annotation = {
      id: stableId(['doccano', textKey, String(start), String(end), labelName]),
      articleId: document.key,
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
      annotatorId: run.context.annotatorId,
      status: 'accepted',
      createdAt: run.context.importedAt,
      updatedAt: run.context.importedAt,
      deleted: 0,
    };
    if (!placement.ok) run.collector.orphan(spanAt, annotation, placement.reason);
    else run.collector.add(annotation, labelName, label !== null);
  }
  return succeed(true);
}

export function parseDoccano(
  content: string,
  context: DoccanoParseContext,
): ParseResult<DoccanoImport> {
  const checked = checkDoccanoLines(content);
  if (!checked.ok) return checked;
  const lines = checked.value;
  if (lines.length === 0) return fail('The file has no doccano lines (it is empty).', 'line 1');
  const report = decideUnits(lines, context.offsetUnits);
  const run: DoccanoRun = {
    context,
    units: report.used,
    collector: new ImportCollector(),
    findLabel: makeLabelLookup(context.codebook),
    warnings: [],
  };
  for (const line of lines) {
    const read = readLine(run, line);
    if (!read.ok) return read;
  }
  return succeed({ ...run.collector.result, offsetUnits: report }, run.warnings);
}
