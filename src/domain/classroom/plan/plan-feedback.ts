import type { Annotation } from '../../types';
import type { FeedbackFile } from '../classroom-files';
import type { Assignment } from '../classroom-types';
import { emptyWrites, type PlannedClassroomFile } from './classroom-plan-types';
import { acceptedFile, plural, refusedFile } from './planned-file';
import { firstMisplacedSpan } from './span-checks';
import type { WorkingLibrary } from './working-library';

function assignmentProblem(file: FeedbackFile, assignment: Assignment | undefined): string | null {
  if (!assignment) {
    return `Feedback for another assignment: “${file.assignmentTitle}” (${file.assignmentId}) is not in this library.`;
  }
  if (assignment.role === 'teacher') {
    return `Feedback for “${assignment.title}”, your own assignment: its key is already in this library.`;
  }
  return null;
}

/** The local id of each of the file's articles (matched by text), or the first mismatch. */
function mapArticles(
  file: FeedbackFile,
  assignment: Assignment,
  library: WorkingLibrary,
): { ok: true; ids: Map<string, string> } | { ok: false; error: string } {
  const byHash = new Map<string, string>();
  for (const id of assignment.articleIds) {
    const local = library.article(id);
    if (local) byHash.set(local.textHash, local.id);
  }
  const ids = new Map<string, string>();
  for (const [index, article] of file.articles.entries()) {
    const local = byHash.get(article.textHash);
    if (local === undefined) {
      return {
        ok: false,
        error: `Feedback for another assignment: articles[${index}] (${article.id}) is not one of the texts of “${assignment.title}”.`,
      };
    }
    ids.set(article.id, local);
  }
  return { ok: true, ids };
}

function summaryOf(file: FeedbackFile): string {
  const live = file.key.annotations.filter((a) => a.deleted === 0).length;
  const revealed = file.reveal ? ', with the outlets revealed' : '';
  return `Feedback for “${file.assignmentTitle}”: the key of ${file.key.annotator.name}, ${plural(live, 'annotation')}${revealed}`;
}

/** A feedback file, on a student's side: the answer key of an assignment received. */
export function planFeedbackFile(
  fileName: string,
  file: FeedbackFile,
  library: WorkingLibrary,
): PlannedClassroomFile {
  const facts = {
    fileName,
    kind: 'feedback' as const,
    summary: summaryOf(file),
    assignmentTitle: file.assignmentTitle,
  };
  const assignment = library.assignment(file.assignmentId);
  const problem = assignmentProblem(file, assignment);
  if (problem !== null) return refusedFile(facts, problem);
  const mapped = mapArticles(file, assignment!, library);
  if (!mapped.ok) return refusedFile(facts, mapped.error);
  const annotations: Annotation[] = file.key.annotations.map((annotation) => ({
    ...annotation,
    articleId: mapped.ids.get(annotation.articleId) ?? annotation.articleId,
  }));
  const misplaced = firstMisplacedSpan(annotations, (id) => library.text(id), 'key.');
  if (misplaced !== null) return refusedFile(facts, misplaced);
  const writes = emptyWrites();
  writes.annotations = annotations;
  writes.annotators = [{ ...file.key.annotator, role: 'teacher' }];
  library.addAnnotator(writes.annotators[0]!);
  writes.keyPatch = {
    assignmentId: assignment!.id,
    keyAnnotatorId: file.key.annotator.id,
    revealed: assignment!.revealed || file.reveal !== undefined,
    reveal: file.reveal ?? [],
  };
  return acceptedFile(facts, writes, { annotations: library.mergeCounts(annotations) });
}
