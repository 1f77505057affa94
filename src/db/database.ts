import Dexie, { type EntityTable, type Table } from 'dexie';
import { articleCardsMiddleware, toArticleCard } from './article-cards';
import type {
  Assignment,
  GuessRecord,
  ProgressRecord,
  SubmissionRecord,
} from '../domain/classroom/classroom-types';
import type { CurationRecord, CurationStep } from '../domain/agreement/curation-types';
import type {
  Annotation,
  Annotator,
  Article,
  ArticleCard,
  Codebook,
  LexiconEntry,
  PersonalLexiconEntry,
  SuggestionFeedback,
  MetaRecord,
  Outlet,
} from '../domain/types';

export const DATABASE_NAME = 'framelens';

let onVersionChange: () => void = () => undefined;

/**
 * What to do when another tab opens a newer version of the database: this tab's connection
 * closes (so it never blocks the upgrade) and the app reloads into the new version.
 */
export function setVersionChangeHandler(handler: () => void): void {
  onVersionChange = handler;
}

export class FrameLensDatabase extends Dexie {
  outlets!: EntityTable<Outlet, 'id'>;
  articles!: EntityTable<Article, 'id'>;
  /** Derived from `articles` (see article-cards.ts): never written directly, not backed up. */
  articleCards!: EntityTable<ArticleCard, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  codebooks!: EntityTable<Codebook, 'id'>;
  lexicon!: EntityTable<LexiconEntry, 'id'>;
  annotators!: EntityTable<Annotator, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  assignments!: EntityTable<Assignment, 'id'>;
  progress!: Table<ProgressRecord, [string, string, string]>;
  submissions!: Table<SubmissionRecord, [string, string]>;
  guesses!: Table<GuessRecord, [string, string, string]>;
  curations!: EntityTable<CurationRecord, 'id'>;
  curationSteps!: Table<CurationStep, [string, number]>;
  personalLexicon!: EntityTable<PersonalLexiconEntry, 'id'>;
  suggestionFeedback!: Table<SuggestionFeedback, [string, string]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Versions are only ever appended: a schema change is a new version with its own upgrade().
    this.version(1).stores({
      outlets: 'id, &nameKey',
      articles: 'id, outletId, &textHash, published, addedAt',
      annotations: 'id, articleId, [articleId+annotatorId], labelId, annotatorId, updatedAt',
      codebooks: 'id',
      lexicon: 'id, labelId',
      annotators: 'id',
      meta: 'key',
    });
    // Version 2: the library lists articles without reading every text (articleCards).
    this.version(2)
      .stores({ articleCards: 'id' })
      .upgrade(async (transaction) => {
        const cards: ArticleCard[] = [];
        await transaction.table<Article>('articles').each((article) => {
          cards.push(toArticleCard(article));
        });
        await transaction.table<ArticleCard>('articleCards').bulkPut(cards);
      });
    // Version 3: the classroom (assignments, progress marks, hand-ins received, outlet guesses).
    this.version(3).stores({
      assignments: 'id, role',
      progress: '[assignmentId+annotatorId+articleId], assignmentId, annotatorId',
      submissions: '[assignmentId+studentId], assignmentId',
      guesses: '[assignmentId+annotatorId+code], assignmentId',
    });
    // Version 4: adjudication (curations into a gold set, and their undoable steps).
    this.version(4).stores({
      curations: 'id',
      curationSteps: '[curationId+seq], curationId',
    });
    // Version 5: suggestions on any topic (the personal lexicon layer, and what each annotator
    // accepted and rejected of each entry's suggestions).
    this.version(5).stores({
      personalLexicon: 'id, canonical',
      suggestionFeedback: '[annotatorId+entryId], annotatorId',
    });
    // Version 6: an article's annotations by position, so that the reader reads those on the
    // first screen before the rest; and article cards by outlet and date, so that the library's
    // first screen reads each outlet's newest cards by index, not all.
    this.version(6).stores({
      annotations:
        'id, articleId, [articleId+annotatorId], [articleId+start], labelId, annotatorId, updatedAt',
      articleCards: 'id, [outletId+published]',
    });
    this.use(articleCardsMiddleware);
    this.on('versionchange', () => {
      this.close();
      onVersionChange();
      return false;
    });
  }
}

export const db = new FrameLensDatabase();
