import type { AnnotatorArticle } from '../../domain/agreement/coded-articles';
import type { Assignment, SubmissionRecord } from '../../domain/classroom/classroom-types';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type {
  Actor,
  Annotation,
  Annotator,
  Article,
  ArticleCard,
  Label,
  Outlet,
} from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/**
 * What agreement, the disagreement map and curation read, without any article text: texts are
 * read only for the articles a request needs (`loadArticleTexts`).
 */
export interface AgreementBase {
  /** Accepted, non-deleted annotations only. */
  annotations: Annotation[];
  annotators: Annotator[];
  labels: Label[];
  actors: Actor[];
  outlets: Outlet[];
  articles: ArticleCard[];
  /** Progress records whose state is done, in any assignment. */
  doneMarks: AnnotatorArticle[];
  /** Every article of each hand-in's assignment, for the student who handed it in. */
  submitted: AnnotatorArticle[];
}

/** One article with what is needed to know who coded it: the disagreement map's read. */
export interface AgreementArticleSource {
  article: Article;
  /** Its accepted, non-deleted annotations. */
  annotations: Annotation[];
  annotators: Annotator[];
  labels: Label[];
  /** Done marks and hand-ins on this article only. */
  doneMarks: AnnotatorArticle[];
  submitted: AnnotatorArticle[];
}

const isCounted = (annotation: Annotation) =>
  annotation.status === 'accepted' && !annotation.deleted;

function handedIn(
  submissions: readonly SubmissionRecord[],
  assignments: readonly Pick<Assignment, 'id' | 'articleIds'>[],
  onlyArticleId?: string,
): AnnotatorArticle[] {
  const articlesOf = new Map(assignments.map((assignment) => [assignment.id, assignment]));
  const pairs: AnnotatorArticle[] = [];
  for (const submission of submissions) {
    for (const articleId of articlesOf.get(submission.assignmentId)?.articleIds ?? []) {
      if (onlyArticleId === undefined || articleId === onlyArticleId) {
        pairs.push({ annotatorId: submission.studentId, articleId });
      }
    }
  }
  return pairs;
}

const doneOnly = (
  progress: readonly { annotatorId: string; articleId: string; state: string }[],
): AnnotatorArticle[] =>
  progress
    .filter((mark) => mark.state === 'done')
    .map(({ annotatorId, articleId }) => ({ annotatorId, articleId }));

function tablesRead(database: FrameLensDatabase) {
  return [
    database.annotations,
    database.annotators,
    database.codebooks,
    database.assignments,
    database.progress,
    database.submissions,
  ];
}

/** The base read, in one read transaction (a consistent snapshot), with `getAll` per table. */
export function loadAgreementBase(database: FrameLensDatabase = defaultDb): Promise<AgreementBase> {
  return database.transaction(
    'r',
    [...tablesRead(database), database.outlets, database.articleCards],
    async () => {
      const [annotations, annotators, codebook, outlets, articles, assignments, progress, hands] =
        await Promise.all([
          database.annotations.toArray(),
          database.annotators.toArray(),
          database.codebooks.get(DEFAULT_CODEBOOK_ID),
          database.outlets.toArray(),
          database.articleCards.toArray(),
          database.assignments.toArray(),
          database.progress.toArray(),
          database.submissions.toArray(),
        ]);
      const { labels, actors } = codebook ?? defaultCodebook;
      return {
        annotations: annotations.filter(isCounted),
        annotators,
        labels,
        actors,
        outlets,
        articles,
        doneMarks: doneOnly(progress),
        submitted: handedIn(hands, assignments),
      };
    },
  );
}

/** The texts of these articles only (missing ones are left out), by article id. */
export async function loadArticleTexts(
  articleIds: readonly string[],
  database: FrameLensDatabase = defaultDb,
): Promise<Map<string, string>> {
  const articles = await database.articles.bulkGet([...articleIds]);
  const texts = new Map<string, string>();
  for (const article of articles) if (article) texts.set(article.id, article.text);
  return texts;
}

/**
 * One article, its annotations (by the articleId index; none when `options.annotations` is
 * false, for a caller that has them already) and the rows that say who coded it, in one read
 * transaction; null when there is no such article.
 */
export function loadAgreementArticle(
  articleId: string,
  database: FrameLensDatabase = defaultDb,
  options: { annotations: boolean } = { annotations: true },
): Promise<AgreementArticleSource | null> {
  return database.transaction('r', [...tablesRead(database), database.articles], async () => {
    const [article, annotations, annotators, codebook, assignments, progress, hands] =
      await Promise.all([
        database.articles.get(articleId),
        options.annotations
          ? database.annotations.where('articleId').equals(articleId).toArray()
          : [],
        database.annotators.toArray(),
        database.codebooks.get(DEFAULT_CODEBOOK_ID),
        database.assignments.filter((a) => a.articleIds.includes(articleId)).toArray(),
        database.progress.filter((mark) => mark.articleId === articleId).toArray(),
        database.submissions.toArray(),
      ]);
    if (!article) return null;
    return {
      article,
      annotations: annotations.filter(isCounted),
      annotators,
      labels: (codebook ?? defaultCodebook).labels,
      doneMarks: doneOnly(progress),
      submitted: handedIn(hands, assignments, articleId),
    };
  });
}
