import { cmp } from 'dexie';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type { SummaryInput } from '../../domain/summary/summary-types';
import type {
  Actor,
  Annotation,
  Annotator,
  Article,
  ArticleCard,
  Label,
  LexiconEntry,
  Outlet,
} from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/**
 * Everything the framing summary reads, as stored: full records satisfy the summary's input
 * types, and the extra fields (titles, label colours, annotator names) serve its controls.
 * Articles come without their texts: only the concordance quotes them (`loadArticleTexts`).
 */
export interface SummarySource extends SummaryInput {
  articles: ArticleCard[];
  outlets: Outlet[];
  /** Accepted, non-deleted annotations only: nothing else is ever counted. */
  annotations: Annotation[];
  labels: Label[];
  actors: Actor[];
  /** In the order the lexicon matcher sees it (canonical, then pattern). */
  lexicon: LexiconEntry[];
  annotators: Annotator[];
}

/** The source without its annotations: what is known before the first annotation arrives. */
export type SummaryCorpusSource = Omit<SummarySource, 'annotations'>;

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

export interface SummaryReadOptions {
  /**
   * Annotation ids to split the annotations table at. Each part is read with its own `getAll`,
   * all requested up front, so that each part is handed over (and can be counted) while
   * IndexedDB reads the next one, instead of everything waiting for one huge result. The parts
   * always cover the whole table whatever the ids; ids spread evenly through it (every n-th id
   * of the last read) make even parts.
   */
  splitAt?: readonly string[];
  /** The other tables, once read: called before any annotation is handed over. */
  onCorpus?: (corpus: SummaryCorpusSource) => void;
  /** Each part's accepted, non-deleted annotations, in id order. */
  onAnnotations?: (annotations: Annotation[]) => void;
}

const isCounted = (annotation: Annotation) =>
  annotation.status === 'accepted' && !annotation.deleted;

/** Requests the annotations in ranges of ids, lowest first, that cover every id exactly once. */
function readAnnotationParts(
  database: FrameLensDatabase,
  splitAt: readonly string[],
): Promise<Annotation[]>[] {
  const bounds = [...new Set(splitAt)].sort(cmp);
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  if (first === undefined || last === undefined) return [database.annotations.toArray()];
  const ids = () => database.annotations.where(':id');
  return [
    ids().below(first).toArray(),
    ...bounds.slice(1).map((upper, i) => ids().between(bounds[i], upper, true, false).toArray()),
    ids().aboveOrEqual(last).toArray(),
  ];
}

/**
 * Reads the summary's tables in one read transaction (a consistent snapshot), each with
 * `getAll` — the fastest way IndexedDB hands over a whole store. The small tables and the
 * article cards (articles without their texts) are requested first, then the annotations (in
 * parts, see `splitAt`). `onTableRead` is called as each table arrives, for a progress indicator.
 */
export async function loadSummarySource(
  database: FrameLensDatabase = defaultDb,
  onTableRead?: (table: SummaryTable) => void,
  options: SummaryReadOptions = {},
): Promise<SummarySource> {
  const read = async <T>(table: SummaryTable, promise: Promise<T>): Promise<T> => {
    const rows = await promise;
    onTableRead?.(table);
    return rows;
  };
  return database.transaction(
    'r',
    [
      database.articleCards,
      database.outlets,
      database.annotations,
      database.codebooks,
      database.lexicon,
      database.annotators,
    ],
    async () => {
      // Requested in this order, served in this order: everything but the annotations first.
      const others = Promise.all([
        read('outlets', database.outlets.toArray()),
        read('codebook', database.codebooks.get(DEFAULT_CODEBOOK_ID)),
        read('lexicon', database.lexicon.toArray()),
        read('annotators', database.annotators.toArray()),
        read('articles', database.articleCards.toArray()),
      ]);
      const parts = readAnnotationParts(database, options.splitAt ?? []);

      const [outlets, codebook, lexicon, annotators, articles] = await others;
      const { labels, actors } = codebook ?? defaultCodebook;
      const corpus: SummaryCorpusSource = {
        articles,
        outlets,
        labels,
        actors,
        lexicon: lexicon.sort(
          (a, b) => a.canonical.localeCompare(b.canonical) || a.pattern.localeCompare(b.pattern),
        ),
        annotators,
      };
      options.onCorpus?.(corpus);

      const counted: Annotation[][] = [];
      for (const part of parts) {
        const annotations = (await part).filter(isCounted);
        options.onAnnotations?.(annotations);
        counted.push(annotations);
      }
      onTableRead?.('annotations');
      return { ...corpus, annotations: counted.length === 1 ? (counted[0] ?? []) : counted.flat() };
    },
  );
}

/** The texts of the given articles (those still stored), for the concordance's contexts. */
export async function loadArticleTexts(
  database: FrameLensDatabase,
  articleIds: readonly string[],
): Promise<Pick<Article, 'id' | 'textHash' | 'text'>[]> {
  const articles = await database.articles.bulkGet([...articleIds]);
  return articles.flatMap((article) =>
    article ? [{ id: article.id, textHash: article.textHash, text: article.text }] : [],
  );
}
