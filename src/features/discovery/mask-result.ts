import {
  outletDisplayName,
  titleForDisplay,
  type OutletMask,
} from '../../domain/classroom/outlet-mask';
import { compareText } from '../../domain/summary/collate';
import type { DiscoveryResult } from '../../workers/discovery/discovery-protocol';

/**
 * The result with outlet names (and titles naming them) as outlet-blind shows them, listed by
 * the names shown: by the real names, the order would hint at them.
 */
export function maskResult(result: DiscoveryResult, mask: OutletMask): DiscoveryResult {
  if (mask.codes.size === 0) return result;
  const realNames = new Map(result.catalog.outlets.map((outlet) => [outlet.id, outlet.name]));
  const shown = (id: string, name: string) => outletDisplayName(mask, id, name);
  return {
    ...result,
    catalog: {
      outlets: result.catalog.outlets
        .map((outlet) => ({ ...outlet, name: shown(outlet.id, outlet.name) }))
        .sort((a, b) => compareText(a.name, b.name)),
      articles: result.catalog.articles.map((article) => ({
        ...article,
        title: titleForDisplay(mask, article, realNames.get(article.outletId) ?? ''),
      })),
    },
    outlets: result.outlets
      .map((outlet) => ({ ...outlet, outletName: shown(outlet.outletId, outlet.outletName) }))
      .sort((a, b) => compareText(a.outletName, b.outletName)),
  };
}
