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

/** The Agreement page; for an assignment, its articles are chosen to start with. */
export function agreementPath(assignmentId?: string): string {
  return assignmentId ? `/agreement/assignment/${assignmentId}` : '/agreement';
}

/** The curation (adjudication) view of one curation. */
export function curationPath(curationId: string): string {
  return `/agreement/curate/${curationId}`;
}

/** The reader with the disagreement map open. */
export function disagreementPath(articleId: string): string {
  return `/articles/${articleId}/disagreement`;
}

/** The Import & export page with one annotator's annotations chosen for export. */
export function exportAnnotatorPath(annotatorId: string): string {
  return `/exchange/annotator/${annotatorId}`;
}

/** "Candidate loaded terms" (discovery). */
export function discoveryPath(): string {
  return '/discover';
}
