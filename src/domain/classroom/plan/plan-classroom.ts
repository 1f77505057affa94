import type {
  ClassroomPlan,
  ClassroomSnapshot,
  ParsedClassroomFile,
  PlannedClassroomFile,
} from './classroom-plan-types';
import { planAssignmentFile } from './plan-assignment';
import { planFeedbackFile } from './plan-feedback';
import { planSubmissionFile } from './plan-submission';
import { refusedFile } from './planned-file';
import { WorkingLibrary } from './working-library';

/** Assignments first: a feedback file may come with the assignment it is for. */
const ORDER = { assignment: 0, submission: 1, feedback: 2 } as const;

function planOne(entry: ParsedClassroomFile, library: WorkingLibrary): PlannedClassroomFile {
  const { fileName, parsed } = entry;
  if (!parsed.ok) {
    const summary = parsed.kind === null ? 'Not a classroom file' : `A ${parsed.kind} file`;
    return refusedFile({ fileName, kind: parsed.kind, summary }, parsed.error);
  }
  const { kind, file } = parsed.value;
  if (kind === 'assignment') return planAssignmentFile(fileName, file, library);
  if (kind === 'submission') return planSubmissionFile(fileName, file, library);
  return planFeedbackFile(fileName, file, library);
}

function orderOf(entry: ParsedClassroomFile): number {
  return entry.parsed.ok ? ORDER[entry.parsed.value.kind] : 3;
}

/**
 * The same student's hand-ins in one batch: the latest submittedAt wins (on a tie, the file
 * listed last); the others are kept out and say which file replaces them.
 */
function supersede(files: PlannedClassroomFile[]): void {
  const winners = new Map<string, PlannedClassroomFile>();
  for (const file of files) {
    if (!file.handIn || file.writes === null) continue;
    const key = `${file.handIn.assignmentId}\u0000${file.handIn.studentId}`;
    const current = winners.get(key);
    if (!current || !isLater(current, file)) winners.set(key, file);
  }
  for (const file of files) {
    if (!file.handIn || file.writes === null) continue;
    const key = `${file.handIn.assignmentId}\u0000${file.handIn.studentId}`;
    const winner = winners.get(key)!;
    if (winner === file) continue;
    file.supersededBy = winner.fileName;
    file.writes = null;
    file.notes.push(`Replaced by ${winner.fileName}, handed in later by the same student.`);
  }
}

function isLater(a: PlannedClassroomFile, b: PlannedClassroomFile): boolean {
  return Date.parse(a.handIn!.submittedAt) > Date.parse(b.handIn!.submittedAt);
}

/** Plans a batch of classroom files against one snapshot of the library (pure). */
export function planClassroomFiles(
  entries: readonly ParsedClassroomFile[],
  snapshot: ClassroomSnapshot,
): ClassroomPlan {
  const library = new WorkingLibrary(snapshot);
  const order = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => orderOf(a.entry) - orderOf(b.entry) || a.index - b.index);
  const files: PlannedClassroomFile[] = new Array(entries.length);
  for (const { entry, index } of order) files[index] = planOne(entry, library);
  supersede(files);
  return { files };
}

/** The files the commit writes: usable ones; none at all when some are broken and not skipped. */
export function filesToWrite(plan: ClassroomPlan, skipBroken: boolean): PlannedClassroomFile[] {
  const broken = plan.files.some((file) => file.error !== null);
  if (broken && !skipBroken) return [];
  return plan.files.filter((file) => file.writes !== null);
}
