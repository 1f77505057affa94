import type { Annotation } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { nowIso } from '../ids';

/** Every stored annotation of an article except tombstones (rejected suggestions included). */
export async function listArticleAnnotations(
  articleId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation[]> {
  const rows = await database.annotations.where('articleId').equals(articleId).toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Writes annotation states as given (one transaction), stamping `updatedAt` so the write wins
 * merges. This one primitive serves create, edit, delete (a tombstone) and undo/redo.
 */
export async function saveAnnotations(
  annotations: Annotation[],
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation[]> {
  const updatedAt = nowIso();
  const stamped = annotations.map((annotation) => ({ ...annotation, updatedAt }));
  await database.transaction('rw', [database.annotations, database.articles], async () => {
    const articleIds = new Set(stamped.map((annotation) => annotation.articleId));
    for (const articleId of articleIds) {
      if (!(await database.articles.get(articleId))) {
        throw new Error('The article of this annotation no longer exists.');
      }
    }
    await database.annotations.bulkPut(stamped);
  });
  return stamped;
}

export async function countAnnotationsWithLabel(
  labelId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<number> {
  return database.annotations
    .where('labelId')
    .equals(labelId)
    .filter((annotation) => !annotation.deleted)
    .count();
}

export type AnnotationPatch = Partial<
  Pick<Annotation, 'labelId' | 'target' | 'valence' | 'voice' | 'note'>
>;

/**
 * Changes some fields of the annotation as stored now (read and write in one transaction), so
 * that two tabs editing different fields of one annotation both keep their edit.
 */
export async function patchAnnotation(
  id: string,
  patch: AnnotationPatch,
  database: FrameLensDatabase = defaultDb,
): Promise<{ before: Annotation; after: Annotation }> {
  return database.transaction('rw', database.annotations, async () => {
    const before = await database.annotations.get(id);
    if (!before || before.deleted) throw new Error('This annotation no longer exists.');
    const after: Annotation = { ...before, ...patch, updatedAt: nowIso() };
    await database.annotations.put(after);
    return { before, after };
  });
}
