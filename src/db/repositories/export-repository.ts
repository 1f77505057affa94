import type { Assignment } from '../../domain/classroom/classroom-types';
import {
  buildOutletMask,
  outletDisplayName,
  titleForDisplay,
  urlForDisplay,
  type OutletMask,
} from '../../domain/classroom/outlet-mask';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type { ExportScope } from '../../domain/exchange/native-format';
import type { AnnotationExportInput } from '../../domain/exchange/kinds/annotation-export';
import { kindById } from '../../domain/exchange/registry/registry';
import type { Annotation, Annotator, Article, Outlet } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { CURRENT_ANNOTATOR_KEY } from '../meta-keys';
import type { ExportRequest, ExportScopeRequest } from './export-catalog-repository';

/**
 * Annotation export (runs in the import worker): the scope is read in ONE read transaction (a consistent snapshot, even
 * while another tab writes), then serialised by the requested kind of the registry. Outlets an
 * outlet-blind assignment hides are masked here, once, so that no format can write them.
 */

export interface ExportedAnnotations {
  content: string;
  mimeType: string;
  extension: string;
  /**
   * What the file holds and whose it is, for its name: `rt-annotations`,
   * `framing-lesson-ada-all-annotations-doccano` (assignment, person, scope).
   */
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

/** The outlets' names, titles and links as an outlet-blind student sees them. */
function maskScope<Scope extends ExportScope>(scope: Scope, mask: OutletMask): Scope {
  if (mask.codes.size === 0) return scope;
  const names = new Map(scope.outlets.map((outlet) => [outlet.id, outlet.name]));
  const outlets = scope.outlets.map((outlet) => {
    const name = outletDisplayName(mask, outlet.id, outlet.name);
    return name === outlet.name ? outlet : { ...outlet, name, nameKey: name.toLowerCase() };
  });
  const articles = scope.articles.map((article) => ({
    ...article,
    title: titleForDisplay(mask, article, names.get(article.outletId) ?? ''),
    url: urlForDisplay(mask, article),
  }));
  return { ...scope, outlets, articles };
}

/** The assignment that holds every exported article, if there is one (the newest first). */
function assignmentHolding(
  assignments: readonly Assignment[],
  articles: readonly Article[],
): Assignment | null {
  if (articles.length === 0) return null;
  const newestFirst = [...assignments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    newestFirst.find((assignment) =>
      articles.every((article) => assignment.articleIds.includes(article.id)),
    ) ?? null
  );
}

/** Whose export it is, for its file name: the person's name and the assignment's title. */
interface ExportOwner {
  personName: string | null;
  assignmentTitle: string | null;
}

/** The person is the chosen annotator when the export holds only theirs, else whoever exports. */
async function readOwner(
  database: FrameLensDatabase,
  assignments: readonly Assignment[],
  articles: readonly Article[],
  annotatorId: string | undefined,
): Promise<ExportOwner> {
  const current = await database.meta.get(CURRENT_ANNOTATOR_KEY);
  const personId = annotatorId ?? current?.value;
  const person = typeof personId === 'string' ? await database.annotators.get(personId) : undefined;
  if (annotatorId !== undefined && !person) {
    throw new Error('The annotator chosen for this export is no longer in the library.');
  }
  return {
    personName: person?.name ?? null,
    assignmentTitle: assignmentHolding(assignments, articles)?.title ?? null,
  };
}

async function readScopeArticles(
  scope: ExportScopeRequest,
  database: FrameLensDatabase,
): Promise<Article[]> {
  if (scope.kind === 'all') return database.articles.toArray();
  if (scope.kind === 'outlets') {
    return database.articles.where('outletId').anyOf(scope.outletIds).toArray();
  }
  const article = await database.articles.get(scope.articleId);
  if (!article) throw new Error('This article no longer exists.');
  return [article];
}

async function readAnnotators(
  database: FrameLensDatabase,
  annotations: readonly Annotation[],
): Promise<Annotator[]> {
  const annotatorIds = [...new Set(annotations.map((annotation) => annotation.annotatorId))];
  const stored = await database.annotators.bulkGet(annotatorIds);
  // An annotation always names a known annotator in the file, even if its record is gone.
  return annotatorIds.map((id, i) => stored[i] ?? { id, name: id, role: 'annotator' });
}

type ReadScope = ExportScope & { codebook: NonNullable<ExportScope['codebook']> };

/**
 * Reads everything one export needs in one transaction, masked as this person sees it; with
 * `annotatorId`, only that annotator's annotations.
 */
export async function readExportScope(
  scope: ExportScopeRequest,
  database: FrameLensDatabase = defaultDb,
  annotatorId?: string,
): Promise<{ scope: ReadScope; owner: ExportOwner }> {
  return database.transaction(
    'r',
    [
      database.articles,
      database.outlets,
      database.annotations,
      database.annotators,
      database.codebooks,
      database.assignments,
      database.meta,
    ],
    async () => {
      const articles = await readScopeArticles(scope, database);
      const articleIds = articles.map((article) => article.id);
      const inScope = new Set(articleIds);
      // Every annotation's article travels with it (an annotation without one cannot be placed).
      const annotations: Annotation[] = (
        scope.kind === 'all'
          ? await database.annotations.toArray()
          : await database.annotations.where('articleId').anyOf(articleIds).toArray()
      ).filter(
        (annotation) =>
          inScope.has(annotation.articleId) &&
          (annotatorId === undefined || annotation.annotatorId === annotatorId),
      );
      const outletIds = new Set(articles.map((article) => article.outletId));
      const outlets = (await database.outlets.bulkGet([...outletIds])).filter(
        (outlet): outlet is Outlet => outlet !== undefined,
      );
      const annotators = await readAnnotators(database, annotations);
      const codebook =
        (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
      const assignments = await database.assignments.toArray();
      const owner = await readOwner(database, assignments, articles, annotatorId);
      const read = { codebook, outlets, articles, annotations, annotators };
      const masked = maskScope(read, buildOutletMask(assignments));
      // Sorted by the titles as written, so the order says nothing about a hidden name.
      const byTitle = (a: Article, b: Article) => a.title.localeCompare(b.title);
      return { scope: { ...masked, articles: [...masked.articles].sort(byTitle) }, owner };
    },
  );
}

/** `framelens-<assignment>-<person>-<scope>-annotations…`: each part only when known. */
function fileSlugOf(owner: ExportOwner, what: string): string {
  return [owner.assignmentTitle, owner.personName, what]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join('-');
}

export async function exportAnnotations(
  request: ExportRequest,
  database: FrameLensDatabase = defaultDb,
): Promise<ExportedAnnotations> {
  const kind = kindById(request.format);
  const info = kind?.export;
  if (!kind?.serialize || !info)
    throw new Error(`FrameLens cannot write "${request.format}" files.`);
  const { scope, owner } = await readExportScope(request.scope, database, request.annotatorId);
  const input: AnnotationExportInput = {
    scope,
    includeTexts: request.includeTexts,
    doccanoOffsetUnits: request.doccanoOffsetUnits ?? 'utf16',
  };
  const live = scope.annotations.filter(
    (annotation) => annotation.deleted === 0 && annotation.status === 'accepted',
  );
  const what = `${scopeSlug(request.scope, scope.outlets, scope.articles)}-annotations${info.suffix}`;
  return {
    content: kind.serialize(input),
    mimeType: kind.mime,
    extension: kind.extension,
    fileSlug: fileSlugOf(owner, what),
    annotationCount: live.length,
    articleCount: scope.articles.length,
  };
}
