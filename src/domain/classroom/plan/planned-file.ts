import type { ClassroomFileKind } from '../classroom-files';
import type { ClassroomWrites, PlannedClassroomFile } from './classroom-plan-types';

interface FileFacts {
  fileName: string;
  kind: ClassroomFileKind | null;
  summary: string;
  studentName?: string | null;
  assignmentTitle?: string | null;
}

/** A file refused whole: nothing of it is written; `error` says why and where. */
export function refusedFile(facts: FileFacts, error: string): PlannedClassroomFile {
  return {
    fileName: facts.fileName,
    kind: facts.kind,
    error,
    summary: facts.summary,
    studentName: facts.studentName ?? null,
    assignmentTitle: facts.assignmentTitle ?? null,
    annotations: null,
    supersededBy: null,
    notes: [],
    writes: null,
    handIn: null,
  };
}

export function acceptedFile(
  facts: FileFacts,
  writes: ClassroomWrites,
  extra: Partial<Pick<PlannedClassroomFile, 'annotations' | 'notes' | 'handIn'>> = {},
): PlannedClassroomFile {
  return {
    ...refusedFile(facts, ''),
    error: null,
    writes,
    annotations: extra.annotations ?? null,
    notes: extra.notes ?? [],
    handIn: extra.handIn ?? null,
  };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
