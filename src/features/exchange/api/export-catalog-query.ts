import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keyUnder, readExportCatalog, useOutletMask, type ExportCatalog } from '../../../db';
import {
  outletDisplayName,
  titleForDisplay,
  type OutletMask,
} from '../../../domain/classroom/outlet-mask';

/** Under the articles root: article, outlet and annotation writes all refresh it. */
export const exportCatalogQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('articles', 'exchange-catalog'),
    queryFn: () => readExportCatalog(),
  });

/** The catalog as this person may see it: hidden outlets by their code, titles redacted. */
export function maskCatalog(catalog: ExportCatalog, mask: OutletMask): ExportCatalog {
  if (mask.codes.size === 0) return catalog;
  const names = new Map(catalog.outlets.map((outlet) => [outlet.id, outlet.name]));
  return {
    ...catalog,
    outlets: catalog.outlets
      .map((outlet) => ({ ...outlet, name: outletDisplayName(mask, outlet.id, outlet.name) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    articles: catalog.articles
      .map((article) => ({
        ...article,
        title: titleForDisplay(mask, article, names.get(article.outletId) ?? ''),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

export function useExportCatalog() {
  const mask = useOutletMask();
  const select = useCallback((catalog: ExportCatalog) => maskCatalog(catalog, mask), [mask]);
  return useQuery({ ...exportCatalogQueryOptions(), select });
}
