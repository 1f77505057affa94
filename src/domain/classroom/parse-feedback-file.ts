import { describeZodError, succeed, type ParseResult } from '../exchange/result';
import { CLASSROOM_FILE_VERSION, FEEDBACK_FORMAT, type FeedbackFile } from './classroom-files';
import { checkEnvelope } from './classroom-envelope';
import { feedbackFileSchema } from './classroom-schemas';
import { checkFileAnnotations, checkUnique } from './file-annotations';
import { checkCodeList } from './outlet-code-checks';

/**
 * Validates a feedback file (already parsed JSON) within itself: the key annotator's
 * annotations only, on the file's articles only, each id once. Whether it belongs to an
 * assignment this library received is the planner's question.
 */
export function parseFeedbackFile(value: unknown): ParseResult<FeedbackFile> {
  const envelope = checkEnvelope(value, 'feedback');
  if (!envelope.ok) return envelope;
  const parsed = feedbackFileSchema.safeParse(envelope.value, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const data = parsed.data;
  const articles = checkUnique(data.articles, 'articles', 'id', (article) => article.id);
  if (!articles.ok) return articles;
  const annotations = checkFileAnnotations(data.key.annotations, {
    at: 'key.annotations',
    annotatorId: data.key.annotator.id,
    annotatorRole: 'key annotator',
    articleIds: new Set(data.articles.map((article) => article.id)),
  });
  if (!annotations.ok) return annotations;
  if (data.reveal !== undefined) {
    const reveal = checkCodeList(data.reveal, 'reveal');
    if (!reveal.ok) return reveal;
  }
  const { reveal: revealed, ...rest } = data;
  const file: FeedbackFile = { format: FEEDBACK_FORMAT, version: CLASSROOM_FILE_VERSION, ...rest };
  if (revealed !== undefined) file.reveal = revealed;
  return succeed(file);
}
