import type { DoccanoImport } from './doccano-format';
import type { ForeignImport, ImportedDocument } from './foreign-import';
import type { ImportContext } from './kinds/import-context';
import type { NativeExport } from './native-format';
import { detectKind, type DetectedKind } from './registry/registry';
import { fail, type ParseResult } from './result';

export type { ImportContext } from './kinds/import-context';

/** What each kind the import worker plans parses into, by the kind's id. */
export type ParsedExchangeFile =
  | { format: 'framelens'; reason: string; data: NativeExport }
  | { format: 'w3c' | 'label-studio' | 'csv-annotations'; reason: string; data: ForeignImport }
  | { format: 'doccano'; reason: string; data: DoccanoImport }
  | { format: 'csv-corpus'; reason: string; data: ImportedDocument[] };

export type ExchangeFormat = ParsedExchangeFile['format'];

const PLANNED = new Set<string>([
  'framelens',
  'w3c',
  'label-studio',
  'doccano',
  'csv-annotations',
  'csv-corpus',
] satisfies ExchangeFormat[]);

export function isPlanned(id: string): id is ExchangeFormat {
  return PLANNED.has(id);
}

/** Detects the file's kind in the registry and parses it with that kind. */
export function parseExchangeFile(
  fileName: string,
  content: string | Uint8Array,
  context: ImportContext,
): ParseResult<ParsedExchangeFile> {
  // Only the kinds planned here: an article file, a backup or a lexicon is not claimed.
  const detected = detectKind(fileName, content, (kind) => isPlanned(kind.id));
  return detected.ok ? parseDetectedFile(detected.value, context) : detected;
}

/** Parses a file whose kind the registry has detected, with that kind. */
export function parseDetectedFile(
  detected: DetectedKind,
  context: ImportContext,
): ParseResult<ParsedExchangeFile> {
  const { kind, reason, probe } = detected;
  const { fileName } = probe;
  if (!isPlanned(kind.id)) {
    return fail(`"${fileName}" is a ${kind.name} file, which is not opened here.`, 'file');
  }
  const parsed = kind.parse(probe, context);
  if (!parsed.ok) return parsed;
  // Each kind's parse returns the data its id names above (see kinds/<id>-kind.ts).
  const value = { format: kind.id, reason, data: parsed.value } as ParsedExchangeFile;
  return { ...parsed, value };
}
