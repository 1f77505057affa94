import type { DoccanoOffsetUnits } from '../../domain/exchange/doccano-units';
import type { ExportKindId } from '../../domain/exchange/registry/kind-info';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/**
 * What the export form needs on the page: what can be exported (the formats are the registry's
 * exportable kinds, read from kind-info.ts). Kept apart from export-repository.ts (which the
 * import worker runs) so that the page never loads the format serialisers.
 */

/** The id of an exportable kind in the registry. */
export type ExportFormat = ExportKindId;

export type ExportScopeRequest =
  | { kind: 'all' }
  | { kind: 'outlets'; outletIds: string[] }
  | { kind: 'article'; articleId: string };

export interface ExportRequest {
  scope: ExportScopeRequest;
  format: ExportFormat;
  /** FrameLens JSON only: the other formats either always carry texts or never do. */
  includeTexts: boolean;
  /** doccano only: UTF-16 code units (the default, doccano's own) or code points (Python). */
  doccanoOffsetUnits?: DoccanoOffsetUnits;
  /** Only this annotator's annotations (a gold set, one student); absent = everyone's. */
  annotatorId?: string;
}

export interface ExportCatalog {
  outlets: { id: string; name: string; articles: number; annotations: number }[];
  articles: { id: string; title: string; outletId: string; annotations: number }[];
  totalAnnotations: number;
}

/** What can be exported: outlets and articles with their live annotation counts. */
export async function readExportCatalog(
  database: FrameLensDatabase = defaultDb,
): Promise<ExportCatalog> {
  return database.transaction(
    'r',
    [database.articles, database.outlets, database.annotations],
    async () => {
      const [articles, outlets] = await Promise.all([
        database.articles.toArray(),
        database.outlets.toArray(),
      ]);
      const perArticle = new Map<string, number>();
      let totalAnnotations = 0;
      await database.annotations.each((annotation) => {
        if (annotation.deleted || annotation.status !== 'accepted') return;
        totalAnnotations++;
        perArticle.set(annotation.articleId, (perArticle.get(annotation.articleId) ?? 0) + 1);
      });
      const rows = articles
        .map((article) => ({
          id: article.id,
          title: article.title,
          outletId: article.outletId,
          annotations: perArticle.get(article.id) ?? 0,
        }))
        .sort((a, b) => a.title.localeCompare(b.title));
      return {
        outlets: outlets
          .map((outlet) => {
            const own = rows.filter((article) => article.outletId === outlet.id);
            return {
              id: outlet.id,
              name: outlet.name,
              articles: own.length,
              annotations: own.reduce((sum, article) => sum + article.annotations, 0),
            };
          })
          .sort((a, b) => a.name.localeCompare(b.name)),
        articles: rows,
        totalAnnotations,
      };
    },
  );
}

/** One annotator's live annotations per article id: what an export of theirs would hold. */
export async function readAnnotatorExportCounts(
  annotatorId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await database.annotations
    .where('annotatorId')
    .equals(annotatorId)
    .each(({ deleted, status, articleId }) => {
      if (deleted || status !== 'accepted') return;
      counts[articleId] = (counts[articleId] ?? 0) + 1;
    });
  return counts;
}
