import type { ArticleListItem } from '../../db';
import {
  outletDisplayName,
  titleForDisplay,
  urlForDisplay,
  type OutletMask,
} from '../../domain/classroom/outlet-mask';

/**
 * The library's items as an outlet-blind student sees them: a masked outlet's code for its
 * name, the title with that name replaced, no link. Everything after this (search, sort,
 * grouping) works on the masked items, so a hidden name is neither shown nor searchable.
 */
export function maskLibraryItems(
  items: readonly ArticleListItem[],
  mask: OutletMask,
): ArticleListItem[] {
  if (mask.codes.size === 0) return [...items];
  return items.map((item) => {
    if (!mask.codes.has(item.outletId)) return item;
    return {
      ...item,
      outletName: outletDisplayName(mask, item.outletId, item.outletName),
      title: titleForDisplay(mask, item, item.outletName),
      url: urlForDisplay(mask, item),
    };
  });
}

function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

/**
 * Whether a search asks for a hidden outlet by name ("tasnim" for Tasnim News Agency): then
 * the texts are not searched either, since a text may name its outlet ("TEHRAN (Tasnim)") and
 * the hit would tell which code is which outlet.
 */
export function asksForHiddenOutlet(
  query: string,
  items: readonly ArticleListItem[],
  mask: OutletMask,
): boolean {
  const needle = fold(query);
  if (needle.length < 2 || mask.codes.size === 0) return false;
  return items.some((item) => {
    if (!mask.codes.has(item.outletId)) return false;
    const name = fold(item.outletName);
    return name.includes(needle) || needle.includes(name);
  });
}
