import type { ImportDecisions } from '../../../db';
import type { ImportPreview } from '../../../domain/exchange/plan/import-preview';
import type { MergeCounts } from '../../../domain/exchange/merge';

/** Totals as they will be written: known labels plus the unknown labels the person adds. */
export function previewTotals(
  preview: ImportPreview,
  decisions: ImportDecisions,
): MergeCounts & { orphaned: number; skipped: number } {
  const totals = { ...preview.counts, orphaned: preview.orphaned, skipped: 0 };
  for (const label of preview.unknownLabels) {
    const size =
      label.counts.new +
      label.counts.updated +
      label.counts.unchanged +
      label.counts.conflicting +
      label.orphaned;
    if (decisions.labels[label.key] === 'skip') {
      totals.skipped += size;
      continue;
    }
    totals.new += label.counts.new;
    totals.updated += label.counts.updated;
    totals.unchanged += label.counts.unchanged;
    totals.conflicting += label.counts.conflicting;
    totals.orphaned += label.orphaned;
  }
  return totals;
}
