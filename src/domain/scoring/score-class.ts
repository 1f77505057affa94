import type { Annotation } from '../types';
import { groupByArticleAndLabel } from './overlap-matching';
import { addSums, cellSums, emptySums, rowFromSums, type OverlapSums } from './partial-overlap';
import type { ClassScores, ScoredSpan, StudentScore } from './score-types';

/** What scoring takes: the fields it reads plus what decides whether an annotation counts. */
export type ScorableAnnotation = ScoredSpan & Pick<Annotation, 'status' | 'deleted'>;

/** Only accepted, non-deleted annotations of the given articles count. */
function counted<S extends ScorableAnnotation>(
  annotations: readonly S[],
  articleIds: ReadonlySet<string>,
): S[] {
  return annotations.filter(
    (a) =>
      a.status === 'accepted' && a.deleted === 0 && articleIds.has(a.articleId) && a.end > a.start,
  );
}

type StudentScoreParts = Omit<StudentScore, 'studentId' | 'studentName'>;

function scoreAgainstGroups(
  student: readonly ScorableAnnotation[],
  keyGroups: ReadonlyMap<string, readonly ScoredSpan[]>,
  articleIds: readonly string[],
): StudentScoreParts {
  const articleSet = new Set(articleIds);
  const overall = emptySums();
  const byArticle = new Map<string, OverlapSums>(articleIds.map((id) => [id, emptySums()]));
  const byLabel = new Map<string, OverlapSums>();
  for (const { articleId, labelId, sums } of cellSums(counted(student, articleSet), keyGroups)) {
    addSums(overall, sums);
    const article = byArticle.get(articleId);
    if (article) addSums(article, sums);
    const label = byLabel.get(labelId) ?? emptySums();
    addSums(label, sums);
    byLabel.set(labelId, label);
  }
  return {
    overall: rowFromSums(overall),
    byArticle: Object.fromEntries([...byArticle].map(([id, sums]) => [id, rowFromSums(sums)])),
    byLabel: Object.fromEntries([...byLabel].map(([id, sums]) => [id, rowFromSums(sums)])),
  };
}

function keyGroupsOf(key: readonly ScorableAnnotation[], articleIds: readonly string[]) {
  return groupByArticleAndLabel(counted(key, new Set(articleIds)));
}

/** One student's spans against the key's, over the assignment's articles. */
export function scoreStudent(
  studentSpans: readonly ScorableAnnotation[],
  keySpans: readonly ScorableAnnotation[],
  articleIds: readonly string[],
): StudentScoreParts {
  return scoreAgainstGroups(studentSpans, keyGroupsOf(keySpans, articleIds), articleIds);
}

export interface ClassScoringInput {
  keyAnnotatorId: string;
  articleIds: readonly string[];
  students: readonly { id: string; name: string; annotations: readonly ScorableAnnotation[] }[];
  key: readonly ScorableAnnotation[];
}

/** Every student against the same key (grouped once), in the order given. */
export function scoreClass(input: ClassScoringInput): ClassScores {
  const keyGroups = keyGroupsOf(input.key, input.articleIds);
  const students = input.students.map((student): StudentScore => ({
    studentId: student.id,
    studentName: student.name,
    ...scoreAgainstGroups(student.annotations, keyGroups, input.articleIds),
  }));
  return { keyAnnotatorId: input.keyAnnotatorId, articleIds: [...input.articleIds], students };
}
