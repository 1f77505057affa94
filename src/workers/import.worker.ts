import { expose } from 'comlink';
// Imported file by file rather than through the src/db barrel: the barrel also brings the seed
// corpus, whose lazily loaded texts would split this worker into several chunks.
import { db } from '../db/database';
import { commitImport } from '../db/repositories/exchange-repository';
import { exportAnnotations } from '../db/repositories/export-repository';
import { summarizeImportPlan } from '../domain/exchange/plan/import-preview';
import type { ImportPlan } from '../domain/exchange/plan/plan-types';
import { prepareImport } from './annotation-import';
import { createClassroomSession } from './classroom/classroom-session';
import type { ImportWorkerApi } from './import-protocol';
import { createIntakeSession } from './intake/intake-session';

const plans = new Map<string, ImportPlan>();
const intake = createIntakeSession(db);
const classroom = createClassroomSession(db);
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

  prepareFile(file, kind, onProgress) {
    const input = { name: file.name, size: file.size, bytes: () => readBytes(file) };
    return intake.prepareFile(kind, input, onProgress);
  },
  commitFile: (ids, decision, onProgress) => intake.commitFile(ids, decision, onProgress),
  cancelFile: (id) => intake.cancelFile(id),
  discardFile: (id) => intake.discardFile(id),

  prepareClassroomFiles(files, onProgress) {
    const inputs = files.map((file) => ({ name: file.name, text: () => file.text() }));
    return classroom.prepareClassroomFiles(inputs, onProgress);
  },
  commitClassroomFiles: (id, decision, onProgress) =>
    classroom.commitClassroomFiles(id, decision, onProgress),
  discardClassroomFiles: (id) => classroom.discardClassroomFiles(id),
  scoreAssignment: (assignmentId, keyAnnotatorId) =>
    classroom.scoreAssignment(assignmentId, keyAnnotatorId),
};

expose(api);
