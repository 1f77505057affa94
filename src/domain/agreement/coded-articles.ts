/** One annotator and one article. */
export interface AnnotatorArticle {
  annotatorId: string;
  articleId: string;
}

export interface CodedInput {
  /** Accepted, non-deleted annotations (only who and where matter here). */
  annotations: readonly AnnotatorArticle[];
  /** "Done" marks (progress records whose state is done), in any assignment. */
  doneMarks: readonly AnnotatorArticle[];
  /**
   * The articles each annotator handed in a submission for (every article of the assignment
   * of each submission the teacher opened).
   */
  submitted: readonly AnnotatorArticle[];
}

const pairKey = (pair: AnnotatorArticle) => `${pair.annotatorId}\u0000${pair.articleId}`;

/**
 * Who coded what, as "annotatorId\u0000articleId" keys (see `codedKey`). An article handed in
 * as part of a submission counts as coded only when it is marked done; outside assignments,
 * one annotation or a done mark is enough. Everything else is missing data, not "none".
 */
export function codedPairs(input: CodedInput): Set<string> {
  const coded = new Set<string>();
  const handedIn = new Set(input.submitted.map(pairKey));
  for (const mark of input.doneMarks) coded.add(pairKey(mark));
  for (const annotation of input.annotations) {
    const key = pairKey(annotation);
    if (!handedIn.has(key)) coded.add(key);
  }
  return coded;
}

export function codedKey(annotatorId: string, articleId: string): string {
  return pairKey({ annotatorId, articleId });
}
