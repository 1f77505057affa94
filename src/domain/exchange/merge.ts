import type { Annotation } from '../types';

/**
 * Import = merge. Per annotation id the newer version wins (last writer wins) under a total
 * order, so merging is a per-id maximum: idempotent (a file imported twice changes nothing),
 * order-independent (A then B = B then A) and convergent (every machine that has seen the same
 * files holds the same annotations). Order, highest wins:
 *   1. updatedAt (as an instant), then its text, so equal instants written differently agree;
 *   2. annotatorId (code-unit order);
 *   3. a tombstone (deleted: 1) over a live copy;
 *   4. the canonical JSON of the whole record — any difference decides, deterministically.
 * A newer tombstone therefore deletes; an older one is ignored.
 */

export interface MergeCounts {
  /** Ids not in the library. */
  new: number;
  /** The incoming copy is newer and differs: it replaces the stored one. */
  updated: number;
  /** Identical, or the stored copy is newer: nothing is written. */
  unchanged: number;
  /**
   * Both copies were edited after they were created, they differ and their updatedAt differ:
   * a parallel edit, resolved by the order above and reported. (Without an edit history a
   * later edit of the same copy cannot be told apart from a parallel one; this errs on the
   * side of reporting.)
   */
  conflicting: number;
}

export interface MergeConflict {
  id: string;
  existing: Annotation;
  incoming: Annotation;
  winner: 'existing' | 'incoming';
}

export interface MergePlan {
  /** Records to put (insert or replace), one per id. */
  toWrite: Annotation[];
  counts: MergeCounts;
  conflicts: MergeConflict[];
}

/** Every field in a fixed order: equal records give equal strings whatever their key order. */
export function canonicalJson(annotation: Annotation): string {
  return JSON.stringify([
    annotation.id,
    annotation.articleId,
    annotation.start,
    annotation.end,
    annotation.exact,
    annotation.prefix,
    annotation.suffix,
    annotation.labelId,
    annotation.target,
    annotation.valence,
    annotation.voice,
    annotation.note,
    annotation.annotatorId,
    annotation.status,
    annotation.createdAt,
    annotation.updatedAt,
    annotation.deleted,
  ]);
}

function instant(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** > 0 when `a` wins over `b`, < 0 when `b` wins, 0 only for identical records. */
export function compareVersions(a: Annotation, b: Annotation): number {
  const ta = instant(a.updatedAt);
  const tb = instant(b.updatedAt);
  if (ta !== tb) return ta > tb ? 1 : -1;
  return (
    compareStrings(a.updatedAt, b.updatedAt) ||
    compareStrings(a.annotatorId, b.annotatorId) ||
    a.deleted - b.deleted ||
    compareStrings(canonicalJson(a), canonicalJson(b))
  );
}

function contentKey(annotation: Annotation): string {
  return canonicalJson({ ...annotation, updatedAt: '' });
}

function edited(annotation: Annotation): boolean {
  return annotation.updatedAt !== annotation.createdAt;
}

/** The newest version of each id in a list (a file may list an id more than once). */
function newestById(annotations: readonly Annotation[]): Map<string, Annotation> {
  const byId = new Map<string, Annotation>();
  for (const annotation of annotations) {
    const current = byId.get(annotation.id);
    if (!current || compareVersions(annotation, current) > 0) byId.set(annotation.id, annotation);
  }
  return byId;
}

export function planMerge(
  existing: readonly Annotation[],
  incoming: readonly Annotation[],
): MergePlan {
  const stored = newestById(existing);
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0 };
  const toWrite: Annotation[] = [];
  const conflicts: MergeConflict[] = [];
  for (const candidate of newestById(incoming).values()) {
    const current = stored.get(candidate.id);
    if (!current) {
      counts.new++;
      toWrite.push(candidate);
      continue;
    }
    const order = compareVersions(candidate, current);
    if (order === 0) {
      counts.unchanged++;
      continue;
    }
    const incomingWins = order > 0;
    if (incomingWins) toWrite.push(candidate);
    const parallel =
      candidate.updatedAt !== current.updatedAt &&
      edited(candidate) &&
      edited(current) &&
      contentKey(candidate) !== contentKey(current);
    if (parallel) {
      counts.conflicting++;
      conflicts.push({
        id: candidate.id,
        existing: current,
        incoming: candidate,
        winner: incomingWins ? 'incoming' : 'existing',
      });
    } else if (incomingWins) counts.updated++;
    else counts.unchanged++;
  }
  return { toWrite, counts, conflicts };
}

/** The library after applying a plan (what a database write of `toWrite` leads to). */
export function applyMerge(
  existing: readonly Annotation[],
  incoming: readonly Annotation[],
): Annotation[] {
  const byId = newestById(existing);
  for (const annotation of planMerge(existing, incoming).toWrite)
    byId.set(annotation.id, annotation);
  return [...byId.values()];
}
