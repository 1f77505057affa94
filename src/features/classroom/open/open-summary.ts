import type { MergeCounts } from '../../../domain/exchange/merge';
import type { ClassroomOutcome } from '../../../workers/classroom/classroom-protocol';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "4 new annotations"; "annotations: 12 new, 40 unchanged" (parts that are zero left out). */
export function describeCounts(counts: MergeCounts): string {
  const parts = [
    counts.new > 0 ? `${counts.new.toLocaleString('en')} new` : '',
    counts.updated > 0 ? `${counts.updated.toLocaleString('en')} updated` : '',
    counts.unchanged > 0 ? `${counts.unchanged.toLocaleString('en')} unchanged` : '',
    counts.conflicting > 0 ? `${counts.conflicting.toLocaleString('en')} edited on both sides` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'no annotations';
  return parts.length === 1 ? `${parts[0]} annotations` : `annotations: ${parts.join(', ')}`;
}

/** The result line after writing: "Opened 1 assignment, 2 hand-ins (14 new annotations)." */
export function describeOutcome(outcome: ClassroomOutcome): string {
  const files = [
    outcome.assignmentIds.length > 0 ? plural(outcome.assignmentIds.length, 'assignment') : '',
    outcome.submissions > 0 ? plural(outcome.submissions, 'hand-in') : '',
    outcome.feedback > 0 ? plural(outcome.feedback, 'feedback file') : '',
  ].filter(Boolean);
  return `Opened ${files.length > 0 ? files.join(', ') : 'nothing new'} (${describeCounts(outcome.annotations)}).`;
}
