import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type { SummaryInput } from '../../domain/summary/summary-types';
import type {
  Actor,
  Annotation,
  Annotator,
  Article,
  Label,
  LexiconEntry,
  Outlet,
} from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/**
 * Everything the framing summary reads, as stored: full records satisfy the summary's input
 * types, and the extra fields (titles, label colours, annotator names) serve its controls.
 */
export interface SummarySource extends SummaryInput {
  articles: Article[];
  outlets: Outlet[];
  /** Accepted, non-deleted annotations only: nothing else is ever counted. */
  annotations: Annotation[];
  labels: Label[];
  actors: Actor[];
  /** In the order the lexicon matcher sees it (canonical, then pattern). */
  lexicon: LexiconEntry[];
  annotators: Annotator[];
}

export type SummaryTable =
  'articles' | 'outlets' | 'annotations' | 'codebook' | 'lexicon' | 'annotators';

export const SUMMARY_TABLES: readonly SummaryTable[] = [
  'articles',
  'outlets',
  'annotations',
  'codebook',
  'lexicon',
  'annotators',
];

/**
 * Reads the summary's tables in one read transaction (a consistent snapshot), each with a
 * single `getAll` — the fastest way IndexedDB hands over a whole store. `onTableRead` is called
 * as each table arrives, for a progress indicator.
 */
export async function loadSummarySource(
  database: FrameLensDatabase = defaultDb,
  onTableRead?: (table: SummaryTable) => void,
): Promise<SummarySource> {
  const read = async <T>(table: SummaryTable, promise: Promise<T>): Promise<T> => {
    const rows = await promise;
    onTableRead?.(table);
    return rows;
  };
  return database.transaction(
    'r',
    [
      database.articles,
      database.outlets,
      database.annotations,
      database.codebooks,
      database.lexicon,
      database.annotators,
    ],
    async () => {
      const [articles, outlets, annotations, codebook, lexicon, annotators] = await Promise.all([
        read('articles', database.articles.toArray()),
        read('outlets', database.outlets.toArray()),
        read('annotations', database.annotations.toArray()),
        read('codebook', database.codebooks.get(DEFAULT_CODEBOOK_ID)),
        read('lexicon', database.lexicon.toArray()),
        read('annotators', database.annotators.toArray()),
      ]);
      const { labels, actors } = codebook ?? defaultCodebook;
      return {
        articles,
        outlets,
        annotations: annotations.filter(
          (annotation) => annotation.status === 'accepted' && !annotation.deleted,
        ),
        labels,
        actors,
        lexicon: lexicon.sort(
          (a, b) => a.canonical.localeCompare(b.canonical) || a.pattern.localeCompare(b.pattern),
        ),
        annotators,
      };
    },
  );
}
