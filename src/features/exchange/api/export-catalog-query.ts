import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys, readExportCatalog } from '../../../db';

/** Under the articles root: article, outlet and annotation writes all refresh it. */
export const exportCatalogQueryOptions = () =>
  queryOptions({
    queryKey: [...queryKeys.articles, 'exchange-catalog'] as const,
    queryFn: () => readExportCatalog(),
  });

export function useExportCatalog() {
  return useQuery(exportCatalogQueryOptions());
}
