import type { MapRun } from '../../../domain/agreement/disagreement-types';

interface Named {
  id: string;
  name: string;
}

/**
 * "NAME: LABEL" for each annotator on the map who marked these runs (several labels joined by
 * " + ", in codebook order). Where the runs are contested, those who did not mark them are
 * listed as "NAME: not marked": that is the disagreement.
 */
export function atWordLines(
  annotators: readonly Named[],
  runs: readonly MapRun[],
  labels: readonly Named[],
): string[] {
  const marked = new Map<string, Set<string>>();
  for (const run of runs) {
    for (const mark of run.marks) {
      const set = marked.get(mark.annotatorId) ?? new Set<string>();
      mark.labelIds.forEach((labelId) => set.add(labelId));
      marked.set(mark.annotatorId, set);
    }
  }
  const contested = runs.some((run) => run.contested);
  const lines: string[] = [];
  for (const annotator of annotators) {
    const labelIds = marked.get(annotator.id);
    if (labelIds) lines.push(`${annotator.name}: ${labelNames(labelIds, labels).join(' + ')}`);
    else if (contested) lines.push(`${annotator.name}: not marked`);
  }
  return lines;
}

function labelNames(labelIds: ReadonlySet<string>, labels: readonly Named[]): string[] {
  const known = labels.filter((label) => labelIds.has(label.id)).map((label) => label.name);
  const unknown = [...labelIds].filter((id) => !labels.some((label) => label.id === id));
  return [...known, ...unknown];
}
