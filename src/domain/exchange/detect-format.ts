import Papa from 'papaparse';
import { ANNOTATION_CSV_COLUMNS, CORPUS_CSV_COLUMNS } from './csv-format';
import { decodeInput, isJsonObject, parseJsonText } from './read-input';
import { describeValue, fail, succeed, type ParseResult } from './result';

/**
 * Which exchange format a file holds, from its name and content. Unreadable content (too
 * large, not UTF-8, nested too deeply, broken JSON, empty) is an error; readable content that
 * matches no format is `unknown` with the reason. JSON is parsed once here and handed on.
 */

export type ExchangeFormat =
  'framelens' | 'w3c' | 'label-studio' | 'doccano' | 'csv-annotations' | 'csv-corpus' | 'unknown';

export interface DetectedFile {
  format: ExchangeFormat;
  reason: string;
  /** The decoded text (BOM stripped). */
  text: string;
  /** The parsed JSON for JSON formats (so it is parsed only once). */
  json?: unknown;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

function firstNonSpace(text: string): string {
  const match = /\S/.exec(text);
  return match ? match[0] : '';
}

function hasType(value: Record<string, unknown>, types: readonly string[]): boolean {
  const type = value.type;
  const list = Array.isArray(type) ? type : [type];
  return list.some((entry) => typeof entry === 'string' && types.includes(entry));
}

const W3C_TYPES = ['Annotation', 'AnnotationCollection', 'AnnotationPage'];

function classifyObject(value: Record<string, unknown>): {
  format: ExchangeFormat;
  reason: string;
} {
  if (value.format === 'framelens')
    return { format: 'framelens', reason: '"format" is "framelens"' };
  if (typeof value.format === 'string') {
    return {
      format: 'unknown',
      reason: `"format" is ${describeValue(value.format)}, which is not an annotation export FrameLens imports here`,
    };
  }
  if ('@context' in value || hasType(value, W3C_TYPES)) {
    return { format: 'w3c', reason: 'a JSON-LD Web Annotation ("@context" / "type")' };
  }
  if (isJsonObject(value.data)) {
    return { format: 'label-studio', reason: 'a Label Studio task ("data" object)' };
  }
  if (
    typeof value.text === 'string' &&
    ('label' in value || 'labels' in value || 'entities' in value)
  ) {
    return { format: 'doccano', reason: 'a doccano record ("text" and "label")' };
  }
  const keys = Object.keys(value).slice(0, 5);
  return {
    format: 'unknown',
    reason:
      keys.length === 0
        ? 'the JSON object is empty'
        : `a JSON object with the keys ${keys.map((key) => `"${key}"`).join(', ')}, which matches no format FrameLens imports`,
  };
}

function classifyJson(value: unknown): { format: ExchangeFormat; reason: string } {
  if (Array.isArray(value)) {
    const [first] = value;
    if (first === undefined) return { format: 'unknown', reason: 'the JSON list is empty' };
    if (!isJsonObject(first)) {
      return {
        format: 'unknown',
        reason: `a JSON list of ${describeValue(first)} values, which matches no format`,
      };
    }
    const inner = classifyObject(first);
    if (inner.format === 'label-studio') {
      return { format: 'label-studio', reason: 'a list of Label Studio tasks ("data" objects)' };
    }
    if (inner.format === 'w3c') return { format: 'w3c', reason: 'a list of Web Annotations' };
    if (inner.format === 'framelens') {
      return { format: 'framelens', reason: 'a FrameLens export wrapped in a JSON list' };
    }
    if (inner.format === 'doccano') {
      return {
        format: 'unknown',
        reason:
          'doccano records in a JSON list; doccano files are JSONL (one JSON object per line)',
      };
    }
    return {
      format: 'unknown',
      reason: `a JSON list whose items are ${inner.reason.replace(/^a /, '')}`,
    };
  }
  if (isJsonObject(value)) return classifyObject(value);
  return {
    format: 'unknown',
    reason: `the JSON holds ${describeValue(value)}, not an object or list`,
  };
}

function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.slice(0, 5).every((line) => line.trim().startsWith('{'));
}

const ANNOTATION_ONLY = new Set<string>(
  ANNOTATION_CSV_COLUMNS.filter(
    (column) => !(CORPUS_CSV_COLUMNS as readonly string[]).includes(column),
  ),
);
const CORPUS = new Set<string>(CORPUS_CSV_COLUMNS);

function classifyCsv(text: string): { format: ExchangeFormat; reason: string } {
  const preview = Papa.parse<string[]>(text, { preview: 1, delimitersToGuess: [',', ';', '\t'] });
  const header = (preview.data[0] ?? []).map((name) => name.trim().toLowerCase());
  const annotationHits = header.filter((name) => ANNOTATION_ONLY.has(name)).length;
  const corpusHits = header.filter((name) => CORPUS.has(name)).length;
  if (annotationHits >= 2) {
    return {
      format: 'csv-annotations',
      reason: 'CSV with annotation columns (id, article_id, start, end, …)',
    };
  }
  if (corpusHits >= 2)
    return { format: 'csv-corpus', reason: 'CSV with corpus columns (outlet, title, text, …)' };
  const shown = header.slice(0, 6).join(', ');
  return {
    format: 'unknown',
    reason: `the CSV columns (${shown}) match neither an annotation export (${ANNOTATION_CSV_COLUMNS.join(',')}) nor a corpus (${CORPUS_CSV_COLUMNS.join(',')})`,
  };
}

export function detectFormat(
  fileName: string,
  content: string | Uint8Array,
): ParseResult<DetectedFile> {
  const decoded = decodeInput(content);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  if (text.trim() === '') return fail('The file is empty: there is nothing to import.', 'file');
  const extension = extensionOf(fileName);

  if (extension === 'csv' || extension === 'tsv') return succeed({ ...classifyCsv(text), text });
  if (extension === 'jsonl' || extension === 'ndjson') {
    return succeed({ format: 'doccano', reason: 'a JSONL file (doccano)', text });
  }
  const first = firstNonSpace(text);
  if (extension === 'json' || first === '{' || first === '[') {
    if (first === '{' && looksLikeJsonl(text)) {
      const json = parseJsonText(text);
      if (!json.ok)
        return succeed({
          format: 'doccano',
          reason: 'one JSON object per line (doccano JSONL)',
          text,
        });
      return succeed({ ...classifyJson(json.value), text, json: json.value });
    }
    const json = parseJsonText(text);
    if (!json.ok) return json;
    return succeed({ ...classifyJson(json.value), text, json: json.value });
  }
  const csv = classifyCsv(text);
  if (csv.format !== 'unknown') return succeed({ ...csv, text });
  return succeed({
    format: 'unknown',
    reason: `"${fileName}" is neither JSON, JSONL nor CSV`,
    text,
  });
}
