import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type { ExportScope } from '../../domain/exchange/native-format';
import type { AnnotationExportInput } from '../../domain/exchange/kinds/annotation-export';
import { kindById } from '../../domain/exchange/registry/registry';
import type { Annotation, Annotator, Article, Outlet } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import type { ExportRequest, ExportScopeRequest } from './export-catalog-repository';

/**
 * Annotation export (runs in the import worker): the scope is read in ONE read transaction (a consistent snapshot, even
 * while another tab writes), then serialised by the requested kind of the registry.
 */

export interface ExportedAnnotations {
  content: string;
  mimeType: string;
  extension: string;
  /** What the file holds, for its name: `rt-annotations`, `all-annotations-doccano`. */
  fileSlug: string;
  /** Live, accepted annotations in the file's scope. */
  annotationCount: number;
  articleCount: number;
}

const MAX_SLUG_OUTLETS = 3;

function scopeSlug(
  scope: ExportScopeRequest,
  outlets: readonly Outlet[],
  articles: readonly Article[],
): string {
  if (scope.kind === 'all') return 'all';
  if (scope.kind === 'outlets') {
    if (outlets.length > MAX_SLUG_OUTLETS) return `${outlets.length}-outlets`;
    return outlets.map((outlet) => outlet.name).join('-') || 'no-outlet';
  }
  const [article] = articles;
  if (!article) return 'article';
  const outlet = outlets.find((candidate) => candidate.id === article.outletId);
  const words = article.title.split(/\s+/).slice(0, 5).join(' ');
  return `${outlet?.name ?? 'article'}-${words}`;
}

/** Reads everything one export needs in one transaction. */
export async function readExportScope(
  scope: ExportScopeRequest,
  database: FrameLensDatabase = defaultDb,
): Promise<ExportScope & { codebook: NonNullable<ExportScope['codebook']> }> {
  return database.transaction(
    'r',
    [
      database.articles,
      database.outlets,
      database.annotations,
      database.annotators,
      database.codebooks,
    ],
    async () => {
      let articles: Article[];
      if (scope.kind === 'all') articles = await database.articles.toArray();
      else if (scope.kind === 'outlets') {
        articles = await database.articles.where('outletId').anyOf(scope.outletIds).toArray();
      } else {
        const article = await database.articles.get(scope.articleId);
        if (!article) throw new Error('This article no longer exists.');
        articles = [article];
      }
      const articleIds = articles.map((article) => article.id);
      const inScope = new Set(articleIds);
      // Every annotation's article travels with it (an annotation without one cannot be placed).
      const annotations: Annotation[] = (
        scope.kind === 'all'
          ? await database.annotations.toArray()
          : await database.annotations.where('articleId').anyOf(articleIds).toArray()
      ).filter((annotation) => inScope.has(annotation.articleId));
      const outletIds = new Set(articles.map((article) => article.outletId));
      const outlets = (await database.outlets.bulkGet([...outletIds])).filter(
        (outlet): outlet is Outlet => outlet !== undefined,
      );
      const annotatorIds = [...new Set(annotations.map((annotation) => annotation.annotatorId))];
      const stored = await database.annotators.bulkGet(annotatorIds);
      // An annotation always names a known annotator in the file, even if its record is gone.
      const annotators: Annotator[] = annotatorIds.map(
        (id, i) => stored[i] ?? { id, name: id, role: 'annotator' },
      );
      const codebook =
        (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
      const byTitle = (a: Article, b: Article) => a.title.localeCompare(b.title);
      return { codebook, outlets, articles: articles.sort(byTitle), annotations, annotators };
    },
  );
}

export async function exportAnnotations(
  request: ExportRequest,
  database: FrameLensDatabase = defaultDb,
): Promise<ExportedAnnotations> {
  const kind = kindById(request.format);
  const info = kind?.export;
  if (!kind?.serialize || !info)
    throw new Error(`FrameLens cannot write "${request.format}" files.`);
  const scope = await readExportScope(request.scope, database);
  const input: AnnotationExportInput = {
    scope,
    includeTexts: request.includeTexts,
    doccanoOffsetUnits: request.doccanoOffsetUnits ?? 'utf16',
  };
  const live = scope.annotations.filter(
    (annotation) => annotation.deleted === 0 && annotation.status === 'accepted',
  );
  return {
    content: kind.serialize(input),
    mimeType: kind.mime,
    extension: kind.extension,
    fileSlug: `${scopeSlug(request.scope, scope.outlets, scope.articles)}-annotations${info.suffix}`,
    annotationCount: live.length,
    articleCount: scope.articles.length,
  };
}
