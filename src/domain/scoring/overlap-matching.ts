import type { ScoredSpan } from './score-types';

interface Span {
  start: number;
  end: number;
}

/** Characters [start, end) that the two spans share. */
export function sharedCharacters(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export interface MatchedPair<S extends ScoredSpan> {
  student: S;
  key: S;
}

interface Candidate<S extends ScoredSpan> {
  student: S;
  key: S;
  overlap: number;
  overlapStart: number;
}

/** Every student × key pair of one article and label that shares at least one character. */
function candidatePairs<S extends ScoredSpan>(
  student: readonly S[],
  key: readonly S[],
): Candidate<S>[] {
  const keysByStart = [...key].sort((a, b) => a.start - b.start);
  const candidates: Candidate<S>[] = [];
  for (const s of student) {
    for (const t of keysByStart) {
      if (t.start >= s.end) break;
      const overlap = sharedCharacters(s, t);
      if (overlap > 0) {
        candidates.push({ student: s, key: t, overlap, overlapStart: Math.max(s.start, t.start) });
      }
    }
  }
  return candidates;
}

/**
 * One-to-one overlap matching of spans that all have the same article and label: larger
 * overlap first, then the earlier start; each span is matched at most once.
 */
export function matchSameLabel<S extends ScoredSpan>(
  student: readonly S[],
  key: readonly S[],
): MatchedPair<S>[] {
  const candidates = candidatePairs(student, key).sort(
    (a, b) =>
      b.overlap - a.overlap ||
      a.overlapStart - b.overlapStart ||
      a.key.start - b.key.start ||
      a.student.start - b.student.start,
  );
  const usedStudents = new Set<S>();
  const usedKeys = new Set<S>();
  const pairs: MatchedPair<S>[] = [];
  for (const candidate of candidates) {
    if (usedStudents.has(candidate.student) || usedKeys.has(candidate.key)) continue;
    usedStudents.add(candidate.student);
    usedKeys.add(candidate.key);
    pairs.push({ student: candidate.student, key: candidate.key });
  }
  return pairs;
}

/** Spans grouped by article and label ("articleId\u0000labelId"), the unit of matching. */
export function groupByArticleAndLabel<S extends ScoredSpan>(
  spans: readonly S[],
): Map<string, S[]> {
  const groups = new Map<string, S[]>();
  for (const span of spans) {
    const group = `${span.articleId}\u0000${span.labelId}`;
    const list = groups.get(group);
    if (list) list.push(span);
    else groups.set(group, [span]);
  }
  return groups;
}
