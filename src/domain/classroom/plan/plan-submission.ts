import type { SubmissionFile } from '../classroom-files';
import type { Assignment } from '../classroom-types';
import { emptyWrites, type PlannedClassroomFile } from './classroom-plan-types';
import { acceptedFile, plural, refusedFile } from './planned-file';
import { firstMisplacedSpan } from './span-checks';
import type { WorkingLibrary } from './working-library';

function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key(a) === key(b);
}

/** Why the hand-in cannot be this library's, or null. */
function assignmentProblem(
  file: SubmissionFile,
  assignment: Assignment | undefined,
): string | null {
  if (!assignment) {
    return `A submission for an assignment you do not have: “${file.assignmentTitle}” (${file.assignmentId}) is not in this library.`;
  }
  if (assignment.role !== 'teacher') {
    return `A submission for “${assignment.title}”, which you received rather than gave: only its teacher opens hand-ins.`;
  }
  return null;
}

/**
 * The assignment's article (its id in this library) for each article of the hand-in: by id, or
 * by text — a student whose library already held the text keeps it under another id. An article
 * with neither is not the assignment's: the file was made for something else, or edited.
 */
function matchArticles(
  file: SubmissionFile,
  assignment: Assignment,
  library: WorkingLibrary,
): { ids: Map<string, string> } | { problem: string } {
  const byHash = new Map<string, string>();
  for (const id of assignment.articleIds) {
    const local = library.article(id);
    if (local) byHash.set(local.textHash, id);
  }
  const ids = new Map<string, string>();
  for (const [index, article] of file.articles.entries()) {
    const local = byHash.get(article.textHash);
    if (local !== undefined) {
      ids.set(article.id, local);
      continue;
    }
    if (!assignment.articleIds.includes(article.id) || !library.article(article.id)) {
      return {
        problem: `Tampered: articles[${index}] (${article.id}) is not one of the articles of “${assignment.title}”.`,
      };
    }
    return {
      problem: `Tampered: articles[${index}] (${article.id}) has a different text from the assignment’s (textHash ${article.textHash.slice(0, 12)}…).`,
    };
  }
  return { ids };
}

/** The hand-in with its article ids replaced by this library's. */
function withLocalIds(file: SubmissionFile, ids: ReadonlyMap<string, string>): SubmissionFile {
  const local = (id: string) => ids.get(id) ?? id;
  return {
    ...file,
    articles: file.articles.map((article) => ({ ...article, id: local(article.id) })),
    progress: Object.fromEntries(
      Object.entries(file.progress).map(([articleId, state]) => [local(articleId), state]),
    ),
    annotations: file.annotations.map((annotation) => ({
      ...annotation,
      articleId: local(annotation.articleId),
    })),
  };
}

function identityProblem(file: SubmissionFile, library: WorkingLibrary): string | null {
  const known = library.annotator(file.student.id);
  if (known && !sameName(known.name, file.student.name)) {
    return `The student “${file.student.name}” has the same annotator id as ${known.name}: a copied or edited file? Nothing of it was opened.`;
  }
  return null;
}

function handInWrites(fileName: string, file: SubmissionFile, library: WorkingLibrary) {
  const writes = emptyWrites();
  const { assignmentId, submittedAt } = file;
  const studentId = file.student.id;
  writes.annotations = file.annotations;
  writes.annotators = [{ id: studentId, name: file.student.name, role: 'student' }];
  writes.progress = Object.entries(file.progress).map(([articleId, state]) => ({
    assignmentId,
    annotatorId: studentId,
    articleId,
    state,
    updatedAt: submittedAt,
  }));
  writes.guesses = (file.guesses ?? []).map((guess) => ({
    ...guess,
    assignmentId,
    annotatorId: studentId,
    updatedAt: submittedAt,
  }));
  writes.submission = {
    assignmentId,
    studentId,
    studentName: file.student.name,
    submittedAt,
    importedAt: library.now,
    fileName,
  };
  return writes;
}

function summaryOf(file: SubmissionFile): string {
  const done = Object.values(file.progress).filter((state) => state === 'done').length;
  const live = file.annotations.filter((a) => a.deleted === 0).length;
  return `Hand-in of ${file.student.name} for “${file.assignmentTitle}”: ${plural(file.articles.length, 'article')} (${done} done), ${plural(live, 'annotation')}`;
}

/** A student's hand-in, on the teacher's side: checked against the assignment and its texts. */
export function planSubmissionFile(
  fileName: string,
  original: SubmissionFile,
  library: WorkingLibrary,
): PlannedClassroomFile {
  const facts = {
    fileName,
    kind: 'submission' as const,
    summary: summaryOf(original),
    studentName: original.student.name,
    assignmentTitle: original.assignmentTitle,
    assignmentId: original.assignmentId,
  };
  const assignment = library.assignment(original.assignmentId);
  const refusal = assignmentProblem(original, assignment);
  if (refusal !== null || !assignment) return refusedFile(facts, refusal ?? '');
  const matched = matchArticles(original, assignment, library);
  if ('problem' in matched) return refusedFile(facts, matched.problem);
  const file = withLocalIds(original, matched.ids);
  const problem =
    firstMisplacedSpan(file.annotations, (id) => textOfAssignment(assignment, id, library), '') ??
    identityProblem(file, library);
  if (problem !== null) return refusedFile(facts, problem);
  library.addAnnotator({ id: file.student.id, name: file.student.name, role: 'student' });
  const notes: string[] = [];
  const earlier = library.submission(file.assignmentId, file.student.id);
  const writes = handInWrites(fileName, file, library);
  if (earlier && Date.parse(earlier.submittedAt) > Date.parse(file.submittedAt)) {
    notes.push(
      `Older than the hand-in already opened (${earlier.submittedAt}): only annotations newer than the stored ones are taken.`,
    );
    writes.progress = [];
    writes.guesses = [];
    writes.submission = null;
  }
  const handIn = {
    assignmentId: file.assignmentId,
    studentId: file.student.id,
    submittedAt: file.submittedAt,
  };
  return acceptedFile(facts, writes, {
    annotations: library.mergeCounts(file.annotations),
    notes,
    handIn,
  });
}

function textOfAssignment(
  assignment: Assignment,
  articleId: string,
  library: WorkingLibrary,
): string | undefined {
  return assignment.articleIds.includes(articleId) ? library.text(articleId) : undefined;
}
