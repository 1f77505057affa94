import { groupByArticleAndLabel, matchSameLabel } from './overlap-matching';
import type { ComparedSpan, ComparisonKind } from './score-types';
import type { ScorableAnnotation } from './score-class';

const KIND_ORDER: Record<ComparisonKind, number> = { matched: 0, missed: 1, extra: 2 };

function counts(annotation: ScorableAnnotation): boolean {
  return (
    annotation.status === 'accepted' &&
    annotation.deleted === 0 &&
    annotation.end > annotation.start
  );
}

/**
 * "You vs the key" for one student's annotations: the one-to-one overlap matches (drawn as the
 * key's span), the key's unmatched spans (missed) and the student's unmatched spans (extra),
 * sorted by position. Pass one article's annotations: positions are offsets into its text.
 */
export function compareWithKey<S extends ScorableAnnotation>(
  student: readonly S[],
  key: readonly S[],
): ComparedSpan<S>[] {
  const studentGroups = groupByArticleAndLabel(student.filter(counts));
  const keyGroups = groupByArticleAndLabel(key.filter(counts));
  const compared: ComparedSpan<S>[] = [];
  const matchedStudents = new Set<S>();
  const matchedKeys = new Set<S>();
  for (const [group, keys] of keyGroups) {
    for (const pair of matchSameLabel(studentGroups.get(group) ?? [], keys)) {
      matchedStudents.add(pair.student);
      matchedKeys.add(pair.key);
      const { start, end } = pair.key;
      compared.push({ kind: 'matched', start, end, key: pair.key, student: pair.student });
    }
  }
  for (const t of keyGroups.values()) {
    for (const span of t) {
      if (!matchedKeys.has(span)) {
        compared.push({
          kind: 'missed',
          start: span.start,
          end: span.end,
          key: span,
          student: null,
        });
      }
    }
  }
  for (const s of studentGroups.values()) {
    for (const span of s) {
      if (!matchedStudents.has(span)) {
        compared.push({
          kind: 'extra',
          start: span.start,
          end: span.end,
          key: null,
          student: span,
        });
      }
    }
  }
  return compared.sort(
    (a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
