import type { Article, Codebook } from '../types';
import { parseAnnotationsCsv, parseCorpusCsv } from './csv-format';
import { detectFormat, type ExchangeFormat } from './detect-format';
import { parseDoccano, type DoccanoImport, type DoccanoOffsetUnits } from './doccano-format';
import type { ForeignImport, ImportedDocument } from './foreign-import';
import { parseLabelStudioValue } from './label-studio-format';
import { parseNativeValue, type NativeExport } from './native-format';
import { parseJsonText } from './read-input';
import { fail, type ParseResult } from './result';
import { parseW3cValue } from './w3c-format';

/** Everything the parsers may need from the app, gathered once by the importer. */
export interface ImportContext {
  codebook: Codebook;
  /** Library articles: to resolve W3C targets and CSV rows, and to accept text-less exports. */
  articles: readonly Pick<Article, 'id' | 'url' | 'textHash' | 'text'>[];
  /** The current annotator: used where a file names nobody. */
  annotatorId: string;
  /** Timestamp for records that carry none (best: the file's lastModified). */
  importedAt: string;
  /** Outlet for documents whose file names none. */
  defaultOutletName: string;
  /** Language for corpus CSV articles. */
  language: string;
  /** The unit of a doccano file's offsets the person chose; without it the spans decide. */
  doccanoOffsetUnits?: DoccanoOffsetUnits;
}

export type ParsedExchangeFile =
  | { format: 'framelens'; reason: string; data: NativeExport }
  | {
      format: Exclude<ExchangeFormat, 'framelens' | 'csv-corpus' | 'doccano' | 'unknown'>;
      reason: string;
      data: ForeignImport;
    }
  | { format: 'doccano'; reason: string; data: DoccanoImport }
  | { format: 'csv-corpus'; reason: string; data: ImportedDocument[] };

/** Detects the format and parses the file with the matching adapter. */
export function parseExchangeFile(
  fileName: string,
  content: string | Uint8Array,
  context: ImportContext,
): ParseResult<ParsedExchangeFile> {
  const detected = detectFormat(fileName, content);
  if (!detected.ok) return detected;
  const { format, reason, text } = detected.value;
  const json = (): ParseResult<unknown> =>
    detected.value.json !== undefined
      ? { ok: true, value: detected.value.json, warnings: [] }
      : parseJsonText(text);

  switch (format) {
    case 'framelens': {
      const value = json();
      if (!value.ok) return value;
      const knownTextHashes = new Set(context.articles.map((article) => article.textHash));
      const parsed = parseNativeValue(value.value, { knownTextHashes });
      return parsed.ok ? { ...parsed, value: { format, reason, data: parsed.value } } : parsed;
    }
    case 'w3c': {
      const value = json();
      if (!value.ok) return value;
      const parsed = parseW3cValue(value.value, {
        articles: context.articles,
        codebook: context.codebook,
        fallbackAnnotatorId: context.annotatorId,
        importedAt: context.importedAt,
      });
      return parsed.ok ? { ...parsed, value: { format, reason, data: parsed.value } } : parsed;
    }
    case 'label-studio': {
      const value = json();
      if (!value.ok) return value;
      const parsed = parseLabelStudioValue(value.value, {
        codebook: context.codebook,
        fallbackAnnotatorId: context.annotatorId,
        importedAt: context.importedAt,
        defaultOutletName: context.defaultOutletName,
      });
      return parsed.ok ? { ...parsed, value: { format, reason, data: parsed.value } } : parsed;
    }
    case 'doccano': {
      const parsed = parseDoccano(text, {
        codebook: context.codebook,
        annotatorId: context.annotatorId,
        importedAt: context.importedAt,
        defaultOutletName: context.defaultOutletName,
        ...(context.doccanoOffsetUnits ? { offsetUnits: context.doccanoOffsetUnits } : {}),
      });
      return parsed.ok ? { ...parsed, value: { format, reason, data: parsed.value } } : parsed;
    }
    case 'csv-annotations': {
      const parsed = parseAnnotationsCsv(text, {
        codebook: context.codebook,
        articles: context.articles,
        importedAt: context.importedAt,
        fallbackAnnotatorId: context.annotatorId,
      });
      return parsed.ok ? { ...parsed, value: { format, reason, data: parsed.value } } : parsed;
    }
    case 'csv-corpus': {
      const parsed = parseCorpusCsv(text, { language: context.language });
      return parsed.ok ? { ...parsed, value: { format, reason, data: parsed.value } } : parsed;
    }
    case 'unknown':
      return fail(`FrameLens does not recognise "${fileName}": ${reason}.`, 'file');
  }
}
