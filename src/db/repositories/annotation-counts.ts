import type { Annotation } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

const isLive = (annotation: Annotation) => annotation.status === 'accepted' && !annotation.deleted;

/** The live (accepted, not deleted) annotations of each article, as the library counts them. */
export async function countLiveAnnotationsOf(
  articleIds: readonly string[],
  database: FrameLensDatabase = defaultDb,
): Promise<number[]> {
  return database.transaction('r', database.annotations, () =>
    Promise.all(
      articleIds.map(async (articleId) => {
        // A getAll per article: Dexie's filter().count() would walk a cursor, a round trip a row.
        const rows = await database.annotations.where('articleId').equals(articleId).toArray();
        return rows.filter(isLive).length;
      }),
    ),
  );
}

interface PendingCount {
  articleId: string;
  resolve: (count: number) => void;
  reject: (error: unknown) => void;
}

const pendingByDatabase = new WeakMap<FrameLensDatabase, PendingCount[]>();

/**
 * One article's live annotation count. The library asks once per row on screen; the asks made
 * in the same task are answered together by one transaction rather than one each.
 */
export function countLiveAnnotations(
  articleId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let pending = pendingByDatabase.get(database);
    if (!pending) {
      pending = [];
      pendingByDatabase.set(database, pending);
      setTimeout(() => void answer(database), 0);
    }
    pending.push({ articleId, resolve, reject });
  });
}

async function answer(database: FrameLensDatabase): Promise<void> {
  const pending = pendingByDatabase.get(database) ?? [];
  pendingByDatabase.delete(database);
  try {
    const counts = await countLiveAnnotationsOf(
      pending.map((ask) => ask.articleId),
      database,
    );
    pending.forEach((ask, index) => ask.resolve(counts[index] ?? 0));
  } catch (error) {
    for (const ask of pending) ask.reject(error);
  }
}
