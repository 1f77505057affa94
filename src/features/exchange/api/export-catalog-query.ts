import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, readExportCatalog } from '../../../db';

/** Under the articles root: article, outlet and annotation writes all refresh it. */
export const exportCatalogQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('articles', 'exchange-catalog'),
    queryFn: () => readExportCatalog(),
  });

export function useExportCatalog() {
  return useQuery(exportCatalogQueryOptions());
}
