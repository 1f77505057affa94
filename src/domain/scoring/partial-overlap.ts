import { groupByArticleAndLabel, matchSameLabel, sharedCharacters } from './overlap-matching';
import type { AttributeAgreement, ScoredSpan, ScoreRow } from './score-types';

/**
 * The sums behind one score row: P = precisionSum / |S|, R = recallSum / |T|. Sums add up
 * across articles and labels, so every row (cell, article, label, overall) is a sum of cells.
 */
export interface OverlapSums {
  studentSpans: number;
  keySpans: number;
  /** Σ_s Σ_t |s∩t| / |s| */
  precisionSum: number;
  /** Σ_s Σ_t |s∩t| / |t| */
  recallSum: number;
  attributes: AttributeAgreement;
}

export function emptySums(): OverlapSums {
  return {
    studentSpans: 0,
    keySpans: 0,
    precisionSum: 0,
    recallSum: 0,
    attributes: { matchedPairs: 0, sameTarget: 0, sameVoice: 0, valenceWithinOne: 0 },
  };
}

export function addSums(into: OverlapSums, add: OverlapSums): void {
  into.studentSpans += add.studentSpans;
  into.keySpans += add.keySpans;
  into.precisionSum += add.precisionSum;
  into.recallSum += add.recallSum;
  into.attributes.matchedPairs += add.attributes.matchedPairs;
  into.attributes.sameTarget += add.attributes.sameTarget;
  into.attributes.sameVoice += add.attributes.sameVoice;
  into.attributes.valenceWithinOne += add.attributes.valenceWithinOne;
}

function lengthOf(span: ScoredSpan): number {
  return span.end - span.start;
}

/** The sums of one article and label: every student span against every key span. */
function sameLabelSums(student: readonly ScoredSpan[], key: readonly ScoredSpan[]): OverlapSums {
  const sums = emptySums();
  sums.studentSpans = student.length;
  sums.keySpans = key.length;
  for (const s of student) {
    for (const t of key) {
      const shared = sharedCharacters(s, t);
      if (shared === 0) continue;
      sums.precisionSum += shared / lengthOf(s);
      sums.recallSum += shared / lengthOf(t);
    }
  }
  for (const { student: s, key: t } of matchSameLabel(student, key)) {
    sums.attributes.matchedPairs += 1;
    if (s.target === t.target) sums.attributes.sameTarget += 1;
    if (s.voice === t.voice) sums.attributes.sameVoice += 1;
    if (Math.abs(s.valence - t.valence) <= 1) sums.attributes.valenceWithinOne += 1;
  }
  return sums;
}

export function rowFromSums(sums: OverlapSums): ScoreRow {
  const precision = sums.studentSpans === 0 ? null : sums.precisionSum / sums.studentSpans;
  const recall = sums.keySpans === 0 ? null : sums.recallSum / sums.keySpans;
  let f1: number | null = null;
  if (precision !== null && recall !== null) {
    f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return {
    studentSpans: sums.studentSpans,
    keySpans: sums.keySpans,
    precision,
    recall,
    f1,
    attributes: { ...sums.attributes },
  };
}

/** One cell per article and label present on either side: its article, its label, its sums. */
interface CellSums {
  articleId: string;
  labelId: string;
  sums: OverlapSums;
}

const NONE: readonly ScoredSpan[] = [];

export function cellSums(
  student: readonly ScoredSpan[],
  keyGroups: ReadonlyMap<string, readonly ScoredSpan[]>,
): CellSums[] {
  const studentGroups = groupByArticleAndLabel(student);
  const cells = new Set([...studentGroups.keys(), ...keyGroups.keys()]);
  return [...cells].map((cell) => {
    const [articleId = '', labelId = ''] = cell.split('\u0000');
    const sums = sameLabelSums(studentGroups.get(cell) ?? NONE, keyGroups.get(cell) ?? NONE);
    return { articleId, labelId, sums };
  });
}
