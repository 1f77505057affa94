import { classroomKindOf, type ClassroomFile } from '../../domain/classroom/classroom-files';
import { parseClassroomFile } from '../../domain/classroom/classroom-file-text';
import { checkAssignmentTexts } from '../../domain/classroom/parse-assignment-file';
import type {
  ClassroomPlan,
  ParsedClassroomFile,
} from '../../domain/classroom/plan/classroom-plan-types';
import { filesToWrite, planClassroomFiles } from '../../domain/classroom/plan/plan-classroom';
import { scoreClass } from '../../domain/scoring/score-class';
import type { FrameLensDatabase } from '../../db/database';
import { readScoringInput } from '../../db/repositories/classroom-files-repository';
import {
  commitClassroomFiles,
  readClassroomSnapshot,
} from '../../db/repositories/classroom-intake-repository';
import type { ClassroomWorkerApi } from './classroom-protocol';
import { previewClassroomPlan } from './classroom-preview';

/** A file of a batch as the worker gets it (a File, or bytes in tests and the bench). */
export interface ClassroomInput {
  name: string;
  text: () => Promise<string>;
}

async function parseOne(input: ClassroomInput): Promise<ParsedClassroomFile> {
  let text: string;
  try {
    text = await input.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      fileName: input.name,
      parsed: { ok: false, kind: null, error: `Could not read the file: ${reason}` },
    };
  }
  const kind = classroomKindOf(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      fileName: input.name,
      parsed: { ok: false, kind, error: `This file is not JSON: ${reason}` },
    };
  }
  const parsed = await checkedFile(value);
  if (!parsed.ok) return { fileName: input.name, parsed: { ok: false, kind, error: parsed.error } };
  return { fileName: input.name, parsed: { ok: true, value: parsed.value } };
}

async function checkedFile(
  value: unknown,
): Promise<{ ok: true; value: ClassroomFile } | { ok: false; error: string }> {
  const parsed = parseClassroomFile(value);
  if (!parsed.ok) return { ok: false, error: parsed.error.message };
  if (parsed.value.kind !== 'assignment') return { ok: true, value: parsed.value };
  const texts = await checkAssignmentTexts(parsed.value.file);
  return texts.ok ? { ok: true, value: parsed.value } : { ok: false, error: texts.error.message };
}

function incomingAnnotationIds(files: readonly ParsedClassroomFile[]): string[] {
  const ids: string[] = [];
  for (const { parsed } of files) {
    if (!parsed.ok) continue;
    const { kind, file } = parsed.value;
    if (kind === 'submission') for (const a of file.annotations) ids.push(a.id);
    if (kind === 'feedback') for (const a of file.key.annotations) ids.push(a.id);
  }
  return ids;
}

type Api = Omit<ClassroomWorkerApi, 'prepareClassroomFiles'> & {
  prepareClassroomFiles(
    files: readonly ClassroomInput[],
    onProgress: Parameters<ClassroomWorkerApi['prepareClassroomFiles']>[1],
  ): ReturnType<ClassroomWorkerApi['prepareClassroomFiles']>;
};

/** Opening classroom files in the import worker: prepared plans kept by id until commit. */
export function createClassroomSession(database: FrameLensDatabase): Api {
  const plans = new Map<string, ClassroomPlan>();
  let nextId = 1;
  return {
    async prepareClassroomFiles(files, onProgress) {
      if (files.length === 0) return { ok: false, error: 'Choose at least one file.' };
      const parsed: ParsedClassroomFile[] = [];
      for (const [index, file] of files.entries()) {
        const message = `Reading ${index + 1} of ${files.length} files…`;
        onProgress({ message, done: index, total: files.length });
        parsed.push(await parseOne(file));
      }
      onProgress({ message: 'Checking…', done: files.length, total: files.length });
      const snapshot = await readClassroomSnapshot(incomingAnnotationIds(parsed), database);
      const plan = planClassroomFiles(parsed, snapshot);
      const id = `classroom-${nextId++}`;
      plans.set(id, plan);
      return { ok: true, id, preview: previewClassroomPlan(plan) };
    },

    async commitClassroomFiles(id, decision, onProgress) {
      const plan = plans.get(id);
      if (!plan) throw new Error('These files are no longer prepared: choose them again.');
      plans.delete(id);
      const chosen = filesToWrite(plan, decision.skipBroken);
      onProgress({ message: 'Writing…', done: 0, total: 0 });
      return commitClassroomFiles(
        chosen,
        { onProgress: (done, total) => onProgress({ message: 'Writing…', done, total }) },
        database,
      );
    },

    discardClassroomFiles(id) {
      plans.delete(id);
    },

    async scoreAssignment(assignmentId, keyAnnotatorId) {
      return scoreClass(await readScoringInput(assignmentId, keyAnnotatorId, database));
    },
  };
}
