import Dexie from 'dexie';
import type { ArticleCard, Outlet } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import type { ArticleListItem } from './articles-repository';

/** One outlet's part of the library's first screen. */
export interface OutletShelf {
  outletId: string;
  outletName: string;
  /** How many articles the outlet has in all. */
  count: number;
  /**
   * Its newest articles (undated last): at least the `perOutlet` first, and every article dated
   * like the last of them, so the library's order (newest, then title) is exact over them.
   */
  newest: ArticleListItem[];
}

export interface LibraryFirstScreen {
  /** How many articles the library has in all. */
  total: number;
  /** The outlets that have articles. */
  shelves: OutletShelf[];
}

const byOutletAndDate = '[outletId+published]';

async function readShelf(
  database: FrameLensDatabase,
  outlet: Outlet,
  perOutlet: number,
): Promise<OutletShelf> {
  const cards = database.articleCards;
  const all = cards
    .where(byOutletAndDate)
    .between([outlet.id, Dexie.minKey], [outlet.id, Dexie.maxKey], true, true);
  const [count, newest] = await Promise.all([
    all.count(),
    all.clone().reverse().limit(perOutlet).toArray(),
  ]);
  const last = newest.at(-1);
  const ties: ArticleCard[] =
    last && newest.length === perOutlet
      ? await cards.where(byOutletAndDate).equals([outlet.id, last.published]).toArray()
      : [];
  const seen = new Set(newest.map((card) => card.id));
  return {
    outletId: outlet.id,
    outletName: outlet.name,
    count,
    newest: [...newest, ...ties.filter((card) => !seen.has(card.id))].map((card) => ({
      ...card,
      outletName: outlet.name,
    })),
  };
}

/**
 * What the library shows first, read through indexes so that its cost does not grow with the
 * library: the article total, and each outlet's count and newest articles. The whole list is
 * read after this is on screen.
 */
export async function readLibraryFirstScreen(
  perOutlet: number,
  database: FrameLensDatabase = defaultDb,
): Promise<LibraryFirstScreen> {
  return database.transaction('r', [database.articleCards, database.outlets], async () => {
    const [total, outlets] = await Promise.all([
      database.articleCards.count(),
      database.outlets.toArray(),
    ]);
    const shelves = await Promise.all(
      outlets.map((outlet) => readShelf(database, outlet, perOutlet)),
    );
    return { total, shelves: shelves.filter((shelf) => shelf.count > 0) };
  });
}
