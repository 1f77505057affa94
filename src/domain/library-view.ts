/** Sorting, grouping and searching of the library list: pure, so it is tested without a browser. */

export interface LibraryItem {
  id: string;
  title: string;
  published: string;
  outletName: string;
}

export type LibrarySort = 'outlet' | 'newest' | 'oldest' | 'title';

export interface LibraryGroup<T extends LibraryItem> {
  outletName: string;
  items: T[];
}

export interface SearchHit {
  /** A short excerpt of the text around the first match, or null when the title matched. */
  snippet: string | null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareItems(sort: LibrarySort) {
  return (a: LibraryItem, b: LibraryItem): number => {
    if (sort === 'title') return collator.compare(a.title, b.title);
    if (sort === 'oldest')
      return compareDates(a.published, b.published) || collator.compare(a.title, b.title);
    if (sort === 'outlet') {
      return (
        collator.compare(a.outletName, b.outletName) ||
        compareDatesNewestFirst(a.published, b.published)
      );
    }
    return compareDatesNewestFirst(a.published, b.published) || collator.compare(a.title, b.title);
  };
}

/** Partial ISO dates sort lexically; undated articles go last. */
function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

function compareDatesNewestFirst(a: string, b: string): number {
  if (!a || !b) return compareDates(a, b);
  return compareDates(b, a);
}

export function sortItems<T extends LibraryItem>(items: T[], sort: LibrarySort): T[] {
  return [...items].sort(compareItems(sort));
}

/** Groups by outlet (outlets A–Z); items keep the requested order inside each group. */
export function groupByOutlet<T extends LibraryItem>(
  items: T[],
  sort: LibrarySort,
): LibraryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of sortItems(items, sort === 'outlet' ? 'newest' : sort)) {
    const group = groups.get(item.outletName);
    if (group) group.push(item);
    else groups.set(item.outletName, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([outletName, groupItems]) => ({ outletName, items: groupItems }));
}

/** Case- and accent-insensitive search over title, outlet and the article's text. */
export function searchItem(item: LibraryItem, text: string, query: string): SearchHit | null {
  const needle = foldForSearch(query.trim());
  if (needle === '') return { snippet: null };
  if (
    foldForSearch(item.title).includes(needle) ||
    foldForSearch(item.outletName).includes(needle)
  ) {
    return { snippet: null };
  }
  const folded = foldForSearch(text);
  const at = folded.indexOf(needle);
  if (at === -1) return null;
  // Folding can change lengths (e.g. "ß"), so the excerpt is cut from the folded text.
  const from = Math.max(0, at - 60);
  const to = Math.min(folded.length, at + needle.length + 60);
  const snippet = `${from > 0 ? '…' : ''}${text.length === folded.length ? text.slice(from, to) : folded.slice(from, to)}${to < folded.length ? '…' : ''}`;
  return { snippet: snippet.replace(/\s+/g, ' ') };
}

function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[’‘]/g, "'");
}
