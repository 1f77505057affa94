// Imported file by file rather than through the src/db barrel (see import.worker.ts).
import { db as defaultDb, type FrameLensDatabase } from '../db/database';
import { nowIso } from '../db/ids';
import {
  commitImport,
  readImportSnapshot,
  readStoredAnnotations,
  type ImportDecisions,
  type ImportOutcome,
  type ImportStage,
} from '../db/repositories/exchange-repository';
import type { DoccanoOffsetUnits } from '../domain/exchange/doccano-units';
import { isPlanned, parseDetectedFile } from '../domain/exchange/import-file';
import { incomingAnnotationIds } from '../domain/exchange/plan/incoming-ids';
import { planImport } from '../domain/exchange/plan/plan-import';
import type { ImportPlan } from '../domain/exchange/plan/plan-types';
import { detectKind } from '../domain/exchange/registry/registry';
import type { ParseResult } from '../domain/exchange/result';

/**
 * Annotation import, in two steps so that nothing is written before the person has seen the
 * preview. `prepareImport`: read and decode the file, detect its kind and parse it (the
 * registry), read the library (db), plan (domain) — writes nothing. `commitImport` (db) then
 * writes the plan in one transaction.
 */

export interface ImportFileInput {
  fileName: string;
  content: Uint8Array | string;
  /** The file's modification time (ms): the timestamp of records that carry none. */
  lastModified?: number;
}

export interface PrepareOptions {
  onStage?: (stage: ImportStage) => void;
  /** The unit of a doccano file's offsets, once the person has chosen it. */
  doccanoOffsetUnits?: DoccanoOffsetUnits;
  /** Defaults to now. */
  now?: string;
}

export async function prepareImport(
  input: ImportFileInput,
  options: PrepareOptions = {},
  database: FrameLensDatabase = defaultDb,
): Promise<ParseResult<ImportPlan>> {
  const now = options.now ?? nowIso();
  options.onStage?.('reading');
  // Only the kinds planned here: an article file, a backup or a lexicon is not claimed.
  const detected = detectKind(input.fileName, input.content, (kind) => isPlanned(kind.id));
  if (!detected.ok) return detected;
  const snapshot = await readImportSnapshot(database);
  options.onStage?.('checking');
  const parsed = parseDetectedFile(detected.value, {
    codebook: snapshot.library.codebook,
    articles: snapshot.library.articles,
    annotatorId: snapshot.fallbackAnnotator.id,
    importedAt: input.lastModified !== undefined ? new Date(input.lastModified).toISOString() : now,
    defaultOutletName: 'Imported',
    language: '',
    ...(options.doccanoOffsetUnits ? { doccanoOffsetUnits: options.doccanoOffsetUnits } : {}),
  });
  if (!parsed.ok) return parsed;
  options.onStage?.('planning');
  const stored = await readStoredAnnotations(database, incomingAnnotationIds(parsed.value));
  return planImport(
    parsed.value,
    {
      fileName: input.fileName,
      library: snapshot.library,
      existing: new Map(stored.map((annotation) => [annotation.id, annotation])),
      listedOrphanIds: snapshot.listedOrphanIds,
      fallbackAnnotator: snapshot.fallbackAnnotator,
      now,
    },
    parsed.warnings,
  );
}

/** prepare + commit with every label added: for tests and scripted imports. */
export async function importFile(
  input: ImportFileInput,
  database: FrameLensDatabase = defaultDb,
  decisions: ImportDecisions = { labels: {} },
): Promise<ParseResult<ImportOutcome>> {
  const prepared = await prepareImport(input, {}, database);
  if (!prepared.ok) return prepared;
  const outcome = await commitImport(prepared.value, decisions, {}, database);
  return { ok: true, value: outcome, warnings: prepared.value.warnings };
}
