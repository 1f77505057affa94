import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, readAnnotatorExportCounts, type ExportCatalog } from '../../../db';

/** Under the annotations root: any annotation write refreshes it. */
const annotatorCountsQueryOptions = (annotatorId: string) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'export-counts', annotatorId),
    queryFn: () => readAnnotatorExportCounts(annotatorId),
  });

/** One annotator's live annotations per article; nothing is read while everyone is chosen. */
export function useAnnotatorCounts(annotatorId: string | null) {
  return useQuery({
    ...annotatorCountsQueryOptions(annotatorId ?? ''),
    enabled: annotatorId !== null,
  });
}

/** The catalog's counts as an export of one annotator's annotations would hold them. */
export function withAnnotatorCounts(
  catalog: ExportCatalog,
  counts: Readonly<Record<string, number>>,
): ExportCatalog {
  const articles = catalog.articles.map((article) => ({
    ...article,
    annotations: counts[article.id] ?? 0,
  }));
  const outlets = catalog.outlets.map((outlet) => ({
    ...outlet,
    annotations: articles
      .filter((article) => article.outletId === outlet.id)
      .reduce((sum, article) => sum + article.annotations, 0),
  }));
  const totalAnnotations = articles.reduce((sum, article) => sum + article.annotations, 0);
  return { outlets, articles, totalAnnotations };
}
