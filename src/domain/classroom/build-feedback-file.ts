import type { Annotation, Annotator, Article, Codebook } from '../types';
import { CLASSROOM_FILE_VERSION, FEEDBACK_FORMAT, type FeedbackFile } from './classroom-files';
import type { Assignment } from './classroom-types';

export interface FeedbackFileInput {
  /** The teacher's assignment. */
  assignment: Assignment;
  /** Its articles in the teacher's library. */
  articles: readonly Article[];
  keyAnnotator: Annotator;
  /** May hold more than the key's work on the assignment: only that is kept. */
  annotations: readonly Annotation[];
  codebook: Codebook;
  /** Each code's real outlet, once the teacher has revealed. */
  reveal: readonly { code: string; outlet: string }[] | undefined;
  createdAt: string;
}

/** The answer key of one assignment, for the students to compare their work with. */
export function buildFeedbackFile(input: FeedbackFileInput): FeedbackFile {
  const { assignment, keyAnnotator } = input;
  const wanted = new Set(assignment.articleIds);
  const articles = input.articles.filter((article) => wanted.has(article.id));
  const articleIds = new Set(articles.map((article) => article.id));
  const file: FeedbackFile = {
    format: FEEDBACK_FORMAT,
    version: CLASSROOM_FILE_VERSION,
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    createdAt: input.createdAt,
    articles: articles.map((article) => ({ id: article.id, textHash: article.textHash })),
    key: {
      annotator: { id: keyAnnotator.id, name: keyAnnotator.name, role: keyAnnotator.role },
      annotations: input.annotations.filter(
        (annotation) =>
          annotation.annotatorId === keyAnnotator.id && articleIds.has(annotation.articleId),
      ),
    },
    codebook: input.codebook,
  };
  if (input.reveal !== undefined)
    file.reveal = input.reveal.map(({ code, outlet }) => ({ code, outlet }));
  return file;
}
