import { expose } from 'comlink';
// Imported file by file rather than through the src/db barrel: the barrel also brings the seed
// corpus, whose lazily loaded texts would split this worker into several chunks.
import { db } from '../db/database';
import { commitImport } from '../db/repositories/exchange-repository';
import { exportAnnotations } from '../db/repositories/export-repository';
import { summarizeImportPlan } from '../domain/exchange/plan/import-preview';
import type { ImportPlan } from '../domain/exchange/plan/plan-types';
import {
  countBackupRows,
  countTableRows,
  parseBackup,
  restoreBackup,
  type ParsedBackup,
} from '../db/repositories/restore-repository';
import { prepareImport } from './annotation-import';
import type { ImportWorkerApi } from './import-protocol';

const plans = new Map<string, ImportPlan>();
const backups = new Map<string, ParsedBackup>();
const cancelled = new Set<string>();
let nextId = 1;

async function readBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

const api: ImportWorkerApi = {
  async prepareImport(file, onProgress, options = {}) {
    onProgress({ stage: 'reading', done: 0, total: 0 });
    const content = await readBytes(file);
    const result = await prepareImport(
      { fileName: file.name, content, lastModified: file.lastModified },
      { ...options, onStage: (stage) => onProgress({ stage, done: 0, total: 0 }) },
      db,
    );
    if (!result.ok) return { ok: false, error: result.error };
    const id = `import-${nextId++}`;
    plans.set(id, result.value);
    return { ok: true, id, preview: summarizeImportPlan(result.value) };
  },

  async commitImport(id, decisions, onProgress) {
    const plan = plans.get(id);
    if (!plan) throw new Error('This import is no longer prepared: choose the file again.');
    cancelled.delete(id);
    try {
      return await commitImport(
        plan,
        decisions,
        {
          onProgress: (done, total) => onProgress({ stage: 'writing', done, total }),
          isCancelled: () => cancelled.has(id),
        },
        db,
      );
    } finally {
      plans.delete(id);
      cancelled.delete(id);
    }
  },

  cancelImport(id) {
    cancelled.add(id);
  },

  discardImport(id) {
    plans.delete(id);
  },

  async exportAnnotations(request) {
    const file = await exportAnnotations(request, db);
    return {
      blob: new Blob([file.content], { type: file.mimeType }),
      fileSlug: file.fileSlug,
      extension: file.extension,
      annotationCount: file.annotationCount,
      articleCount: file.articleCount,
    };
  },

  async prepareRestore(file) {
    await db.open();
    const parsed = await parseBackup(await readBytes(file), db.verno);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const id = `restore-${nextId++}`;
    backups.set(id, parsed.value);
    return {
      ok: true,
      preview: {
        id,
        fileName: file.name,
        exportedAt: parsed.value.exportedAt,
        current: await countTableRows(db),
        backup: countBackupRows(parsed.value.tables),
        warnings: parsed.warnings,
      },
    };
  },

  async commitRestore(id, onProgress) {
    const backup = backups.get(id);
    if (!backup) throw new Error('This backup is no longer loaded: choose the file again.');
    try {
      return await restoreBackup(
        backup,
        { onProgress: (done, total) => onProgress({ stage: 'writing', done, total }) },
        db,
      );
    } finally {
      backups.delete(id);
    }
  },

  discardRestore(id) {
    backups.delete(id);
  },
};

expose(api);
