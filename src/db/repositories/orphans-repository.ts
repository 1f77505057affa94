import { compareVersions } from '../../domain/exchange/merge';
import { quoteSelector } from '../../domain/text/quote-selector';
import type { OrphanRecord } from '../../domain/exchange/plan/plan-types';
import type { Annotation } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { nowIso } from '../ids';

/**
 * Orphaned annotations: imported annotations that could not be placed confidently on any
 * article text (`reanchor` in src/domain/anchoring found no position, exact or fuzzy quote
 * whose context agrees). They are never dropped and never put on wrong words: they wait, with
 * their quote and the reason, in the `meta` record `orphans`
 * (no schema change needed; they travel in backups with the rest of `meta`) until the person
 * re-attaches them to words of an article or discards them.
 *
 * Merge rules match annotations': one entry per annotation id, the newer version wins
 * (compareVersions), and an orphan whose id is already stored as an annotation at least as new
 * is not kept — so importing the same file twice lists each orphan once.
 */

export const ORPHANS_KEY = 'orphans';

/** An annotation that could not be placed, as the orphans list keeps it. */
export type StoredOrphan = OrphanRecord;

function isStoredOrphan(value: unknown): value is StoredOrphan {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<StoredOrphan>;
  const annotation = record.annotation as Partial<Annotation> | undefined;
  return (
    typeof annotation === 'object' &&
    annotation !== null &&
    typeof annotation.id === 'string' &&
    typeof annotation.exact === 'string' &&
    typeof annotation.updatedAt === 'string' &&
    typeof record.reason === 'string'
  );
}

/** The orphans list stored in a meta record value (anything else reads as empty). */
export function readOrphansValue(value: unknown): StoredOrphan[] {
  return Array.isArray(value) ? value.filter(isStoredOrphan) : [];
}

/**
 * The orphans list after an import: incoming orphans merged in (newest version per id), minus
 * every orphan whose id is now stored as an annotation at least as new as the orphan.
 */
export function mergeOrphans(
  stored: readonly StoredOrphan[],
  incoming: readonly StoredOrphan[],
  storedAnnotations: ReadonlyMap<string, Annotation>,
): StoredOrphan[] {
  const byId = new Map(stored.map((orphan) => [orphan.annotation.id, orphan]));
  for (const orphan of incoming) {
    const current = byId.get(orphan.annotation.id);
    if (!current || compareVersions(orphan.annotation, current.annotation) > 0) {
      byId.set(orphan.annotation.id, orphan);
    }
  }
  return [...byId.values()].filter((orphan) => {
    const placed = storedAnnotations.get(orphan.annotation.id);
    return !placed || compareVersions(placed, orphan.annotation) < 0;
  });
}

/** Must run inside a transaction that includes `meta`. */
export async function readOrphansIn(database: FrameLensDatabase): Promise<StoredOrphan[]> {
  return readOrphansValue((await database.meta.get(ORPHANS_KEY))?.value);
}

/** Must run inside a transaction that includes `meta`. */
export async function writeOrphansIn(
  database: FrameLensDatabase,
  orphans: readonly StoredOrphan[],
): Promise<void> {
  if (orphans.length === 0) await database.meta.delete(ORPHANS_KEY);
  else await database.meta.put({ key: ORPHANS_KEY, value: orphans });
}

export async function listOrphans(
  database: FrameLensDatabase = defaultDb,
): Promise<StoredOrphan[]> {
  return readOrphansValue((await database.meta.get(ORPHANS_KEY))?.value);
}

export interface ReattachTarget {
  articleId: string;
  start: number;
  end: number;
  labelId: string;
}

/**
 * Places an orphan on words the person chose: the annotation is written with the new article,
 * offsets, quote and context (and a fresh updatedAt, so the placement wins later merges) and
 * leaves the orphans list, in one transaction.
 */
export async function reattachOrphan(
  orphanId: string,
  target: ReattachTarget,
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation> {
  return database.transaction(
    'rw',
    [database.meta, database.articles, database.annotations],
    async () => {
      const orphans = await readOrphansIn(database);
      const orphan = orphans.find((entry) => entry.annotation.id === orphanId);
      if (!orphan) throw new Error('This orphaned annotation is no longer listed.');
      const article = await database.articles.get(target.articleId);
      if (!article) throw new Error('The chosen article no longer exists.');
      const { start, end } = target;
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        end > article.text.length ||
        end <= start
      ) {
        throw new Error('The chosen words are not inside the article text.');
      }
      const placed: Annotation = {
        ...orphan.annotation,
        articleId: article.id,
        start,
        end,
        ...quoteSelector(article.text, start, end),
        labelId: target.labelId,
        updatedAt: nowIso(),
      };
      await database.annotations.put(placed);
      await writeOrphansIn(
        database,
        orphans.filter((entry) => entry.annotation.id !== orphanId),
      );
      return placed;
    },
  );
}

export async function discardOrphan(
  orphanId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const orphans = await readOrphansIn(database);
    await writeOrphansIn(
      database,
      orphans.filter((entry) => entry.annotation.id !== orphanId),
    );
  });
}
