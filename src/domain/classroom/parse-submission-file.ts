import { describeZodError, fail, succeed, type ParseResult } from '../exchange/result';
import { CLASSROOM_FILE_VERSION, SUBMISSION_FORMAT, type SubmissionFile } from './classroom-files';
import { checkEnvelope } from './classroom-envelope';
import { submissionFileSchema } from './classroom-schemas';
import { checkFileAnnotations, checkUnique } from './file-annotations';
import { checkCodeList } from './outlet-code-checks';

/** The keys as the file wrote them (read before zod, which drops a key like `__proto__`). */
function progressKeys(raw: Record<string, unknown>): string[] {
  const progress = raw.progress;
  return typeof progress === 'object' && progress !== null ? Object.keys(progress) : [];
}

function checkProgressKeys(
  keys: readonly string[],
  articleIds: ReadonlySet<string>,
): ParseResult<true> {
  const stray = keys.find((key) => !articleIds.has(key));
  if (stray === undefined) return succeed(true);
  return fail(
    `progress["${stray.slice(0, 60)}"] is not one of the articles in this file`,
    'progress',
  );
}

/**
 * Validates a submission file (already parsed JSON) within itself: the student's own
 * annotations only, on the file's articles only, each id once. Whether the assignment and its
 * texts are in the teacher's library is the planner's question.
 */
export function parseSubmissionFile(value: unknown): ParseResult<SubmissionFile> {
  const envelope = checkEnvelope(value, 'submission');
  if (!envelope.ok) return envelope;
  const parsed = submissionFileSchema.safeParse(envelope.value, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const data = parsed.data;
  const articles = checkUnique(data.articles, 'articles', 'id', (article) => article.id);
  if (!articles.ok) return articles;
  const articleIds = new Set(data.articles.map((article) => article.id));
  const progress = checkProgressKeys(progressKeys(envelope.value), articleIds);
  if (!progress.ok) return progress;
  const annotations = checkFileAnnotations(data.annotations, {
    at: 'annotations',
    annotatorId: data.student.id,
    annotatorRole: 'student',
    articleIds,
  });
  if (!annotations.ok) return annotations;
  const { guesses, ...rest } = data;
  if (guesses !== undefined) {
    const checked = checkCodeList(guesses, 'guesses');
    if (!checked.ok) return checked;
  }
  const file: SubmissionFile = {
    format: SUBMISSION_FORMAT,
    version: CLASSROOM_FILE_VERSION,
    ...rest,
    progress: Object.fromEntries(Object.entries(data.progress)),
  };
  if (guesses !== undefined) file.guesses = guesses;
  return succeed(file);
}
