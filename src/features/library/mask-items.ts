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
