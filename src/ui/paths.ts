/*
 * Addresses more than one feature links to. Routes are declared in src/app/routes.tsx; these
 * build the same paths so that a link and its route cannot drift apart.
 */

export function classroomPath(assignmentId?: string): string {
  return assignmentId ? `/classroom/${assignmentId}` : '/classroom';
}

/** One annotator's work on an article, read-only (a teacher opening a student's hand-in). */
export function annotatorWorkPath(articleId: string, annotatorId: string): string {
  return `/articles/${articleId}/work/${annotatorId}`;
}

/** "You vs the key": a student's spans against the key's on one article. */
export function versusKeyPath(
  articleId: string,
  annotatorId: string,
  keyAnnotatorId: string,
): string {
  return `/articles/${articleId}/versus/${annotatorId}/${keyAnnotatorId}`;
}
