import { changedElsewhere } from '../../domain/annotations/edit-history';
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
 * The article's annotations (tombstones excepted) that start in [from, to), in text order: a
 * stretch of the text with what is marked on it, read without reading the rest.
 */
export async function listArticleAnnotationsStartingIn(
  articleId: string,
  from: number,
  to: number,
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation[]> {
  const rows = await database.annotations
    .where('[articleId+start]')
    .between([articleId, from], [articleId, to], true, false)
    .toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One annotation of the article, or null when it is not there (or deleted). */
export async function getArticleAnnotation(
  articleId: string,
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation | null> {
  const row = await database.annotations.get(id);
  return row && row.articleId === articleId && !row.deleted ? row : null;
}

/**
 * Writes annotation states as given (one transaction), stamping `updatedAt` so the write wins
 * merges. This one primitive serves create, edit, delete (a tombstone) and undo/redo.
 */
export async function saveAnnotations(
  annotations: Annotation[],
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation[]> {
  const outcome = await saveAnnotationsIfUnchanged([], annotations, database);
  if (!outcome.ok) throw new Error('Nothing was expected, so nothing can have changed.');
  return outcome.written;
}

export type CheckedSave =
  { ok: true; written: Annotation[] } | { ok: false; changedIds: string[]; stored: Annotation[] };

/**
 * Writes `annotations` only if every record of `expected` is still stored in that state (read
 * and write in one transaction). Otherwise nothing is written and the answer names the records
 * that changed elsewhere, with their stored states (tombstones included).
 */
export async function saveAnnotationsIfUnchanged(
  expected: Annotation[],
  annotations: Annotation[],
  database: FrameLensDatabase = defaultDb,
): Promise<CheckedSave> {
  const updatedAt = nowIso();
  const stamped = annotations.map((annotation) => ({ ...annotation, updatedAt }));
  return database.transaction('rw', [database.annotations, database.articles], async () => {
    const rows = await database.annotations.bulkGet(expected.map((state) => state.id));
    const stored = rows.filter((row): row is Annotation => row !== undefined);
    const changedIds = changedElsewhere(expected, new Map(stored.map((row) => [row.id, row])));
    if (changedIds.length > 0) return { ok: false, changedIds, stored };
    const articleIds = new Set(stamped.map((annotation) => annotation.articleId));
    for (const articleId of articleIds) {
      if (!(await database.articles.get(articleId))) {
        throw new Error('The article of this annotation no longer exists.');
      }
    }
    await database.annotations.bulkPut(stamped);
    return { ok: true, written: stamped };
  });
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
  const outcome = await patchAnnotationIfUnchanged(id, patch, {}, database);
  if (!outcome.ok) throw new Error('This annotation changed while it was being saved.');
  return outcome;
}

export type CheckedPatch =
  { ok: true; before: Annotation; after: Annotation } | { ok: false; stored: Annotation };

/**
 * Like patchAnnotation, but only while the fields of `expected` still hold those values (a
 * draft based on them): otherwise nothing is written and the stored annotation is returned.
 */
export async function patchAnnotationIfUnchanged(
  id: string,
  patch: AnnotationPatch,
  expected: AnnotationPatch,
  database: FrameLensDatabase = defaultDb,
): Promise<CheckedPatch> {
  return database.transaction('rw', database.annotations, async () => {
    const before = await database.annotations.get(id);
    if (!before || before.deleted) throw new Error('This annotation no longer exists.');
    const fields = Object.keys(expected) as (keyof AnnotationPatch)[];
    if (fields.some((field) => before[field] !== expected[field])) {
      return { ok: false, stored: before };
    }
    const after: Annotation = { ...before, ...patch, updatedAt: nowIso() };
    await database.annotations.put(after);
    return { ok: true, before, after };
  });
}
