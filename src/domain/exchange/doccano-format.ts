import type { Annotation, Annotator, Article, Codebook, Outlet } from '../types';
import { doccanoConverter as converterFor, type DoccanoOffsetUnits } from './doccano-units';

/**
 * doccano JSONL (sequence labeling): one JSON object per line,
 * `{"text": "...", "label": [[start, end, "LABEL"], ...]}` plus metadata keys (doccano keeps
 * unknown keys as metadata): outlet, title, url, published, language, textHash, offsetUnits,
 * annotators
 * (the names of the people whose spans the line holds: doccano's spans carry no annotator).
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

export { OFFSET_UNITS_KEY, type DoccanoOffsetUnits } from './doccano-units';

export interface DoccanoSerializeInput {
  articles: readonly Article[];
  outlets: readonly Outlet[];
  annotations: readonly Annotation[];
  /** For the line's annotators key; without it (or a record) an annotator is named by its id. */
  annotators?: readonly Pick<Annotator, 'id' | 'name'>[];
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
  /** BCP 47 tag of the text's language ('' when not recorded). */
  language: string;
  textHash: string;
  /** Metadata naming the unit of `label`'s offsets, so a re-import need not guess. */
  offsetUnits: DoccanoOffsetUnits;
  /** Who made the line's spans, by name (sorted); an annotator without a record by its id. */
  annotators: string[];
}

export function buildDoccanoLines(input: DoccanoSerializeInput): DoccanoLine[] {
  const units = input.offsetUnits ?? 'utf16';
  const outlets = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const labels = new Map(input.codebook.labels.map((label) => [label.id, label.name]));
  const names = new Map(
    (input.annotators ?? []).map((annotator) => [annotator.id, annotator.name]),
  );
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
      language: article.language,
      textHash: article.textHash,
      offsetUnits: units,
      annotators: [...new Set(list.map((a) => names.get(a.annotatorId) ?? a.annotatorId))].sort(),
    };
  });
}

export function serializeDoccano(input: DoccanoSerializeInput): string {
  return buildDoccanoLines(input)
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Parsing lives in doccano/ (read lines, decide units, place spans); these names stay
// importable from here.

export {
  parseDoccano,
  type DoccanoImport,
  type DoccanoParseContext,
} from './doccano/parse-doccano';
