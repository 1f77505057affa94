import type { FramingSummary } from './compute-summary';
import type { NamingCell } from './naming-table';
import type { LabelRate, OutletStats } from './per-outlet-stats';
import type { LabelRef, TargetRef, TermVoiceCounts } from './summary-types';
import type { ValenceCell } from './valence-table';

export interface TargetSide {
  /** Counted annotations about the target in this outlet. */
  total: number;
  terms: TermVoiceCounts[];
  valence: { n: number; mean: number | null };
}

export interface OutletComparison {
  a: OutletStats;
  b: OutletStats;
  /** Every label column, with both outlets' count and rate. */
  labels: (LabelRef & { a: LabelRate; b: LabelRate })[];
  /** Targets either outlet wrote about, in summary order. */
  targets: (TargetRef & { a: TargetSide; b: TargetSide })[];
}

function emptyStats(outletId: string, labels: readonly LabelRef[]): OutletStats {
  return {
    outletId,
    outletName: outletId,
    articles: 0,
    words: 0,
    annotations: 0,
    ratePer1000: null,
    labels: labels.map((label) => ({ ...label, count: 0, ratePer1000: null })),
  };
}

function byTargetAndOutlet<T extends { targetId: string | null; outletId: string }>(
  rows: readonly T[],
): Map<string | null, Map<string, T>> {
  const map = new Map<string | null, Map<string, T>>();
  for (const row of rows) {
    let byOutlet = map.get(row.targetId);
    if (!byOutlet) {
      byOutlet = new Map();
      map.set(row.targetId, byOutlet);
    }
    byOutlet.set(row.outletId, row);
  }
  return map;
}

function side(naming: NamingCell | undefined, valence: ValenceCell | undefined): TargetSide {
  return {
    total: naming?.total ?? 0,
    terms: naming?.terms ?? [],
    valence: { n: valence?.n ?? 0, mean: valence?.mean ?? null },
  };
}

/**
 * Two outlets side by side on the same labels and targets: rates per label, and per target the
 * terms used (by voice) and mean valence. An outlet absent from the summary (filtered out, or
 * an unknown id) gets an empty column rather than an error.
 */
export function compareOutlets(
  summary: FramingSummary,
  outletA: string,
  outletB: string,
): OutletComparison {
  const stats = (id: string) =>
    summary.outlets.find((outlet) => outlet.outletId === id) ?? emptyStats(id, summary.labels);
  const a = stats(outletA);
  const b = stats(outletB);
  const labels = summary.labels.map((label, i) => ({
    ...label,
    a: a.labels[i] ?? { ...label, count: 0, ratePer1000: null },
    b: b.labels[i] ?? { ...label, count: 0, ratePer1000: null },
  }));
  const naming = byTargetAndOutlet(summary.naming);
  const valence = byTargetAndOutlet(summary.valence);
  const targets = summary.targets.flatMap((target) => {
    const namingA = naming.get(target.targetId)?.get(outletA);
    const namingB = naming.get(target.targetId)?.get(outletB);
    if (!namingA && !namingB) return [];
    const valenceByOutlet = valence.get(target.targetId);
    return [
      {
        ...target,
        a: side(namingA, valenceByOutlet?.get(outletA)),
        b: side(namingB, valenceByOutlet?.get(outletB)),
      },
    ];
  });
  return { a, b, labels, targets };
}
