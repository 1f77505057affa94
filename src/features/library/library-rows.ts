import type { ArticleListItem, LibraryFirstScreen } from '../../db';
import type { OutletMask } from '../../domain/classroom/outlet-mask';
import { groupByOutlet, sortItems, type LibrarySort } from '../../domain/library-view';
import { maskLibraryItems } from './mask-items';

export type LibraryRow =
  | { kind: 'outlet'; key: string; outletName: string; count: number }
  | { kind: 'article'; key: string; item: ArticleListItem; snippet: string | null };

const articleRow = (item: ArticleListItem, snippet: string | null = null): LibraryRow => ({
  kind: 'article',
  key: item.id,
  item,
  snippet,
});

const outletRow = (outletName: string, count: number): LibraryRow => ({
  kind: 'outlet',
  key: `outlet:${outletName}`,
  outletName,
  count,
});

/** The rows of the whole list: the items as sorted (and grouped by outlet when asked). */
export function listRows(
  items: ArticleListItem[],
  snippets: ReadonlyMap<string, string | null>,
  sort: LibrarySort,
  grouped: boolean,
): LibraryRow[] {
  const toRow = (item: ArticleListItem) => articleRow(item, snippets.get(item.id) ?? null);
  if (!grouped) return sortItems(items, sort).map(toRow);
  return groupByOutlet(items, sort).flatMap((group) => [
    outletRow(group.outletName, group.items.length),
    ...group.items.map(toRow),
  ]);
}

/**
 * The first rows of the default view (grouped by outlet, newest first), from the first
 * screen's read: exactly the rows the whole list starts with, up to the first outlet whose
 * other articles are not read yet.
 */
export function firstScreenRows(firstScreen: LibraryFirstScreen, mask: OutletMask): LibraryRow[] {
  const countOf = new Map(firstScreen.shelves.map((shelf) => [shelf.outletId, shelf.count]));
  const items = maskLibraryItems(
    firstScreen.shelves.flatMap((shelf) => shelf.newest),
    mask,
  );
  const rows: LibraryRow[] = [];
  for (const group of groupByOutlet(items, 'outlet')) {
    const outletIds = new Set(group.items.map((item) => item.outletId));
    const count = [...outletIds].reduce((sum, id) => sum + (countOf.get(id) ?? 0), 0);
    rows.push(outletRow(group.outletName, count), ...group.items.map((item) => articleRow(item)));
    if (group.items.length < count) break;
  }
  return rows;
}
