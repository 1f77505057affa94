import type { FrameLensDatabase } from '../../db/database';
import { getActiveCodebook } from '../../db/repositories/codebook-repository';
import { addCorpusArticles } from '../../db/repositories/corpus-repository';
import { listLexicon, replaceLexicon } from '../../db/repositories/lexicon-repository';
import { countTableRows, restoreBackup } from '../../db/repositories/restore-repository';
import {
  countBackupRows,
  verifyBackupTexts,
  type ParsedBackup,
} from '../../domain/exchange/kinds/backup-file';
import type { ParseResult } from '../../domain/exchange/result';
import { claimKind, FILE_KINDS } from '../../domain/exchange/registry/registry';
import { checkLexiconFileSize, diffLexicon } from '../../domain/lexicon/lexicon-file';
import type { LexiconEntry } from '../../domain/types';
import { corpusInputs, planCorpusFile } from './corpus-intake';
import type {
  CorpusDraft,
  FileIntake,
  IntakeDecision,
  IntakeOutcomes,
  IntakePreview,
  IntakeProgress,
  PrepareFileResult,
} from './intake-protocol';
import { readIntakeProbe } from './read-probe';

/** A file to take in: its name, size and a way to read its bytes (a File in the browser). */
export interface IntakeFile {
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

type Prepared =
  | { intake: 'corpus'; drafts: CorpusDraft[] }
  | { intake: 'backup'; backup: ParsedBackup }
  | { intake: 'lexicon'; entries: LexiconEntry[] };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Planned = ParseResult<{ prepared: Prepared; preview: WithoutId<IntakePreview> }>;

/** The message a commit rejects with after `cancelFile`. */
export { IMPORT_CANCELLED_MESSAGE as INTAKE_CANCELLED_MESSAGE } from '../../db/repositories/import-errors';

/** Largest file an intake reads (beyond the importer's own limit), checked before reading. */
function tooBig(intake: FileIntake, size: number): string | null {
  return intake === 'lexicon' ? checkLexiconFileSize(size) : null;
}

/**
 * Prepared files wait here, by id, between preview and commit. One session per worker; unit
 * tests make their own over a fake-indexeddb database.
 */
export function createIntakeSession(database: FrameLensDatabase) {
  const prepared = new Map<string, Prepared>();
  const cancelled = new Set<string>();
  let nextId = 1;

  async function plan(
    intake: FileIntake,
    file: IntakeFile,
    onProgress: (progress: IntakeProgress) => void,
  ): Promise<Planned> {
    onProgress({ stage: 'reading', done: 0, total: 1 });
    const probe = readIntakeProbe(intake, file.name, await file.bytes());
    if (!probe.ok) return probe;
    onProgress({ stage: 'checking', done: 0, total: 1 });
    const ofIntake = FILE_KINDS.filter((kind) => kind.intake === intake);
    // A backup or lexicon file is read by its one kind even when it does not claim the file:
    // its parse then says what is wrong ("this is an annotation export, not a backup").
    const kind =
      claimKind(probe.value, (candidate) => candidate.intake === intake)?.kind ??
      (ofIntake.length === 1 ? (ofIntake[0] ?? null) : null);
    const fileName = file.name;
    if (intake === 'corpus') {
      const drafts = await planCorpusFile(probe.value, kind, (done, total) =>
        onProgress({ stage: 'reading', done, total }),
      );
      if (!drafts.ok) return drafts;
      return {
        ok: true,
        warnings: [],
        value: {
          prepared: { intake, drafts: drafts.value },
          preview: { intake, fileName, drafts: drafts.value, notes: drafts.warnings },
        },
      };
    }
    if (!kind) throw new Error(`No file kind reads ${intake} files.`);
    if (intake === 'backup') {
      await database.open();
      const parsed = kind.parse(probe.value, { schemaVersion: database.verno });
      const backup = await verifyBackupTexts(parsed as ParseResult<ParsedBackup>);
      if (!backup.ok) return backup;
      onProgress({ stage: 'planning', done: 0, total: 1 });
      return {
        ok: true,
        warnings: [],
        value: {
          prepared: { intake, backup: backup.value },
          preview: {
            intake,
            fileName,
            exportedAt: backup.value.exportedAt,
            current: await countTableRows(database),
            backup: countBackupRows(backup.value.tables),
            warnings: backup.warnings,
          },
        },
      };
    }
    const codebook = await getActiveCodebook(database);
    const labelIds = codebook.labels.map((label) => label.id);
    const entries = kind.parse(probe.value, { labelIds }) as ParseResult<LexiconEntry[]>;
    if (!entries.ok) return entries;
    onProgress({ stage: 'planning', done: 0, total: 1 });
    const current = await listLexicon(database);
    return {
      ok: true,
      warnings: [],
      value: {
        prepared: { intake, entries: entries.value },
        preview: { intake, fileName, diff: diffLexicon(current, entries.value) },
      },
    };
  }

  async function write(
    files: readonly Prepared[],
    decision: IntakeDecision,
    onProgress: (done: number, total: number) => void,
    isCancelled: () => boolean,
  ): Promise<IntakeOutcomes[FileIntake]> {
    if (decision.intake === 'corpus') {
      const drafts = new Map<string, CorpusDraft>();
      for (const file of files) {
        if (file.intake === 'corpus') for (const draft of file.drafts) drafts.set(draft.key, draft);
      }
      return addCorpusArticles(corpusInputs(drafts, decision.articles), database);
    }
    const [only] = files;
    if (files.length !== 1 || !only) throw new Error('A backup or lexicon is one file.');
    if (only.intake === 'backup') {
      return restoreBackup(only.backup, { onProgress, isCancelled }, database);
    }
    if (only.intake === 'lexicon') {
      await replaceLexicon(only.entries, database);
      return { entries: only.entries.length };
    }
    throw new Error('These files cannot be written together.');
  }

  return {
    /** Read → decode → detect → parse → plan → preview; nothing is written. */
    async prepareFile(
      intake: FileIntake,
      file: IntakeFile,
      onProgress: (progress: IntakeProgress) => void,
    ): Promise<PrepareFileResult> {
      const fileName = file.name;
      const limit = tooBig(intake, file.size);
      if (limit) return { ok: false, fileName, error: { message: limit, path: 'size' } };
      const planned = await plan(intake, file, onProgress);
      if (!planned.ok) return { ok: false, fileName, error: planned.error };
      const id = `${intake}-${nextId++}`;
      prepared.set(id, planned.value.prepared);
      return { ok: true, preview: { ...planned.value.preview, id } as IntakePreview };
    },

    /**
     * Writes prepared files in one transaction: the articles of every id (with the person's
     * choices), or the one backup or lexicon. The ids are released once written.
     */
    async commitFile(
      ids: readonly string[],
      decision: IntakeDecision,
      onProgress: (progress: IntakeProgress) => void,
    ): Promise<IntakeOutcomes[FileIntake]> {
      const files = ids.map((id) => prepared.get(id));
      const release = () => {
        for (const id of ids) {
          prepared.delete(id);
          cancelled.delete(id);
        }
      };
      if (files.some((file) => file === undefined || file.intake !== decision.intake)) {
        release();
        throw new Error('This file is no longer prepared: choose it again.');
      }
      try {
        const outcome = await write(
          files as Prepared[],
          decision,
          (done, total) => onProgress({ stage: 'writing', done, total }),
          () => ids.some((id) => cancelled.has(id)),
        );
        release();
        return outcome;
      } catch (error) {
        // Articles stay prepared, so that "Add" can be tried again; a backup or lexicon is
        // chosen again.
        if (decision.intake === 'corpus') for (const id of ids) cancelled.delete(id);
        else release();
        throw error;
      }
    },

    /** Stops a running commit at its next chunk: the transaction aborts, nothing is written. */
    cancelFile(id: string): void {
      if (prepared.has(id)) cancelled.add(id);
    },

    discardFile(id: string): void {
      prepared.delete(id);
    },
  };
}
