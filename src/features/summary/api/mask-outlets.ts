import { compareText } from '../../../domain/summary/collate';
import {
  outletDisplayName,
  titleForDisplay,
  type OutletMask,
} from '../../../domain/classroom/outlet-mask';
import type { SummaryCatalog, SummaryResult } from '../../../workers/summary-protocol';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * A copy of plain data in which every `{outletId, outletName}` shows the outlet's code when
 * outlet-blind hides it: tables, charts, their exports and concordance lines all read these.
 */
export function maskOutletNames<T>(value: T, mask: OutletMask): T {
  if (mask.codes.size === 0) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => maskOutletNames(item, mask)) as T;
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = maskOutletNames(field, mask);
  const { outletId, outletName } = value;
  if (typeof outletId === 'string' && typeof outletName === 'string') {
    copy.outletName = outletDisplayName(mask, outletId, outletName);
  }
  return copy as T;
}

function maskCatalog(catalog: SummaryCatalog, mask: OutletMask): SummaryCatalog {
  const realNames = new Map(catalog.outlets.map((outlet) => [outlet.id, outlet.name]));
  const title = (article: { title: string; outletId: string }) =>
    titleForDisplay(mask, article, realNames.get(article.outletId) ?? '');
  const outlets = catalog.outlets
    .map((outlet) => ({ ...outlet, name: outletDisplayName(mask, outlet.id, outlet.name) }))
    // Listed by what is shown: by the real names, the order would hint at them.
    .sort((a, b) => compareText(a.name, b.name));
  const first = catalog.firstArticle;
  const firstOutlet = catalog.articles.find((article) => article.id === first?.id)?.outletId;
  return {
    ...catalog,
    outlets,
    articles: catalog.articles.map((article) => ({ ...article, title: title(article) })),
    firstArticle:
      first && firstOutlet !== undefined
        ? { ...first, title: title({ title: first.title, outletId: firstOutlet }) }
        : first,
  };
}

/** The summary and its catalog as this person may see them (outlet-blind assignments). */
export function maskSummaryResult(result: SummaryResult, mask: OutletMask): SummaryResult {
  if (mask.codes.size === 0) return result;
  const summary = maskOutletNames(result.summary, mask);
  summary.outlets.sort((a, b) => compareText(a.outletName, b.outletName));
  return { summary, catalog: maskCatalog(result.catalog, mask) };
}
