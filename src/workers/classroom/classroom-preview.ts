import type { MergeCounts } from '../../domain/exchange/merge';
import type { ClassroomPlan } from '../../domain/classroom/plan/classroom-plan-types';
import type { ClassroomFilePreview, ClassroomPreview } from './classroom-protocol';

function addCounts(total: MergeCounts, counts: MergeCounts | null): void {
  if (!counts) return;
  total.new += counts.new;
  total.updated += counts.updated;
  total.unchanged += counts.unchanged;
  total.conflicting += counts.conflicting;
}

/** What the preview shows: each file, and the totals over the files that would be written. */
export function previewClassroomPlan(plan: ClassroomPlan): ClassroomPreview {
  const annotations: MergeCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0 };
  const files: ClassroomFilePreview[] = plan.files.map((file) => {
    if (file.writes !== null) addCounts(annotations, file.annotations);
    return {
      fileName: file.fileName,
      kind: file.kind,
      ok: file.error === null,
      error: file.error,
      summary: file.summary,
      studentName: file.studentName,
      assignmentTitle: file.assignmentTitle,
      annotations: file.annotations,
      supersededBy: file.supersededBy,
      notes: file.notes,
    };
  });
  return {
    files,
    usable: plan.files.filter((file) => file.writes !== null).length,
    broken: plan.files.filter((file) => file.error !== null).length,
    annotations,
  };
}
