import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import { lookupKey } from '../../domain/exchange/foreign-import';
import { planMerge } from '../../domain/exchange/merge';
import {
  KNOWN_LABELS,
  type ImportPlan,
  type LibrarySnapshot,
} from '../../domain/exchange/plan/plan-types';
import type { Annotation, Annotator, Codebook, Label } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { CURRENT_ANNOTATOR_KEY } from '../meta-keys';
import { IMPORT_CANCELLED_MESSAGE } from './import-errors';
import {
  mergeOrphans,
  readOrphansIn,
  writeOrphansIn,
  type StoredOrphan,
} from './orphans-repository';

/**
 * The database side of an annotation import: `readImportSnapshot` and `readStoredAnnotations`
 * read what the plan is made against (the import worker detects, parses and plans in between,
 * with the registry and domain/exchange/plan); `commitImport` writes the plan in ONE read-write
 * transaction — every record lands, or (an error, a cancel) none does.
 */

/** A doccano plan whose offset unit the spans do not settle is never written on a guess. */
export const UNITS_NOT_CHOSEN =
  'Nothing was imported: choose whether the file’s offsets count UTF-16 code units or code points first.';

/** Who imported spans are attributed to when a file names nobody and nobody is annotating yet. */
export const IMPORT_ANNOTATOR: Annotator = { id: 'imported', name: 'Imported', role: 'annotator' };

export type ImportStage = 'reading' | 'checking' | 'planning' | 'writing';

/** What an import is planned against, read in one transaction. */
export interface ImportSnapshot {
  library: LibrarySnapshot;
  fallbackAnnotator: Annotator;
  listedOrphanIds: Set<string>;
}

export async function readImportSnapshot(
  database: FrameLensDatabase = defaultDb,
): Promise<ImportSnapshot> {
  return database.transaction(
    'r',
    [database.codebooks, database.articles, database.outlets, database.annotators, database.meta],
    async () => {
      const [codebook, articles, outlets, annotators, current, orphans] = await Promise.all([
        database.codebooks.get(DEFAULT_CODEBOOK_ID),
        database.articles.toArray(),
        database.outlets.toArray(),
        database.annotators.toArray(),
        database.meta.get(CURRENT_ANNOTATOR_KEY),
        readOrphansIn(database),
      ]);
      const me = annotators.find((annotator) => annotator.id === current?.value);
      return {
        library: {
          codebook: codebook ?? structuredClone(defaultCodebook),
          articles,
          outlets,
          annotatorIds: new Set(annotators.map((annotator) => annotator.id)),
        },
        fallbackAnnotator: me ?? IMPORT_ANNOTATOR,
        listedOrphanIds: new Set(orphans.map((orphan) => orphan.annotation.id)),
      };
    },
  );
}

/**
 * Stored annotations with these ids. The stored keys are read first (one getAllKeys) so that a
 * large import into a library that lacks its ids costs no per-id lookups.
 */
export async function readStoredAnnotations(
  database: FrameLensDatabase,
  ids: readonly string[],
): Promise<Annotation[]> {
  if (ids.length === 0) return [];
  const keys = new Set(await database.annotations.toCollection().primaryKeys());
  const present = ids.filter((id) => keys.has(id));
  if (present.length === 0) return [];
  const rows = await database.annotations.bulkGet(present);
  return rows.filter((row): row is Annotation => row !== undefined);
}

/** What the person decided in the preview: for each unknown label, add it or skip its annotations. */
export interface ImportDecisions {
  labels: Record<string, 'add' | 'skip'>;
}

export interface ImportOutcome {
  new: number;
  updated: number;
  unchanged: number;
  conflicting: number;
  orphaned: number;
  skipped: number;
  articlesAdded: number;
  outletsAdded: number;
  annotatorsAdded: number;
  labelsAdded: number;
}

export interface CommitControl {
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks: when true the transaction is aborted and nothing is written. */
  isCancelled?: () => boolean;
  /** Rows per bulkPut (all inside the one transaction). */
  chunkSize?: number;
}

export class ImportCancelledError extends Error {
  constructor() {
    super(IMPORT_CANCELLED_MESSAGE);
    this.name = 'ImportCancelledError';
  }
}

/** The person's choice for a label group (own keys only: a name may be "__proto__"). */
export function labelChoice(decisions: ImportDecisions, key: string): 'add' | 'skip' {
  return Object.hasOwn(decisions.labels, key) && decisions.labels[key] === 'skip' ? 'skip' : 'add';
}

function chosen(group: string, decisions: ImportDecisions): boolean {
  return group === KNOWN_LABELS || labelChoice(decisions, group) === 'add';
}

function addLabels(codebook: Codebook, labels: readonly Label[]): Codebook | null {
  const ids = new Set(codebook.labels.map((label) => label.id));
  const fresh = labels.filter((label) => !ids.has(label.id));
  if (fresh.length === 0) return null;
  return {
    ...codebook,
    labels: [...codebook.labels, ...fresh],
    version: codebook.version + 1,
    updatedAt: nowIso(),
  };
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < rows.length; at += size) out.push(rows.slice(at, at + size));
  return out;
}

/**
 * Writes a prepared plan in one transaction. The merge is planned again against what is stored
 * at this moment (another tab may have written since the preview), so the rules hold whatever
 * happened in between. Articles and outlets that appeared meanwhile are reused, not duplicated.
 */
export async function commitImport(
  plan: ImportPlan,
  decisions: ImportDecisions,
  control: CommitControl = {},
  database: FrameLensDatabase = defaultDb,
): Promise<ImportOutcome> {
  if (plan.offsetUnits?.needsChoice) throw new Error(UNITS_NOT_CHOSEN);
  const chunkSize = control.chunkSize ?? 5000;
  const cancelled = () => control.isCancelled?.() === true;
  const planned = plan.annotations.filter((entry) => chosen(entry.group, decisions));
  const skipped =
    plan.annotations.length -
    planned.length +
    plan.orphans.filter((entry) => !chosen(entry.group, decisions)).length;
  const orphans = plan.orphans
    .filter((entry) => chosen(entry.group, decisions))
    .map((entry) => entry.orphan);
  const labels = plan.unknownLabels
    .filter((group) => labelChoice(decisions, group.key) === 'add')
    .map((group) => group.proposed);
  const total = planned.length + plan.articlesToAdd.length;
  let done = 0;
  const tick = (rows: number) => {
    done += rows;
    control.onProgress?.(done, total);
  };

  return database.transaction(
    'rw',
    [
      database.outlets,
      database.articles,
      database.annotations,
      database.annotators,
      database.codebooks,
      database.meta,
    ],
    async () => {
      // Outlets: reuse one that now has the same name.
      const outletIds = new Map<string, string>();
      let outletsAdded = 0;
      for (const outlet of plan.outletsToAdd) {
        const same = await database.outlets.where('nameKey').equals(outlet.nameKey).first();
        if (same) outletIds.set(outlet.id, same.id);
        else {
          const id = (await database.outlets.get(outlet.id)) ? newId() : outlet.id;
          await database.outlets.add({ ...outlet, id });
          outletIds.set(outlet.id, id);
          outletsAdded++;
        }
      }

      // Articles: reuse one that now has the same text; never overwrite an id.
      const articleIds = new Map<string, string>();
      const articles = [];
      for (const article of plan.articlesToAdd) {
        const same = await database.articles.where('textHash').equals(article.textHash).first();
        if (same) {
          articleIds.set(article.id, same.id);
          continue;
        }
        const id = (await database.articles.get(article.id)) ? newId() : article.id;
        articleIds.set(article.id, id);
        articles.push({
          ...article,
          id,
          outletId: outletIds.get(article.outletId) ?? article.outletId,
        });
      }
      for (const chunk of chunks(articles, 200)) {
        if (cancelled()) throw new ImportCancelledError();
        await database.articles.bulkAdd(chunk);
        tick(chunk.length);
      }
      tick(plan.articlesToAdd.length - articles.length);

      // Proposed label id → the id of a label that now has its name (filled below).
      const labelIds = new Map<string, string>();
      const remap = (annotation: Annotation): Annotation => {
        const id = articleIds.get(annotation.articleId);
        const labelId = labelIds.get(annotation.labelId);
        if (id === undefined && labelId === undefined) return annotation;
        return {
          ...annotation,
          articleId: id ?? annotation.articleId,
          labelId: labelId ?? annotation.labelId,
        };
      };

      // Annotators: only the missing ones (a person's name is never overwritten by a file).
      const annotatorIds = plan.annotatorsToAdd.map((annotator) => annotator.id);
      const present = await database.annotators.bulkGet(annotatorIds);
      const newAnnotators = plan.annotatorsToAdd.filter((_, i) => !present[i]);
      if (newAnnotators.length > 0) await database.annotators.bulkAdd(newAnnotators);

      // Labels the person chose to add; one whose name is now taken maps to that label.
      let labelsAdded = 0;
      if (labels.length > 0) {
        const current =
          (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
        const byName = new Map(current.labels.map((label) => [lookupKey(label.name), label.id]));
        const fresh = labels.filter((label) => {
          const same = byName.get(lookupKey(label.name));
          if (same === undefined || same === label.id) return true;
          labelIds.set(label.id, same);
          return false;
        });
        const next = addLabels(current, fresh);
        if (next) {
          labelsAdded = next.labels.length - current.labels.length;
          await database.codebooks.put(next);
        }
      }

      // Annotations: merged against what is stored now.
      const incoming = planned.map((entry) => remap(entry.annotation));
      const stored = await readStoredAnnotations(
        database,
        incoming.map((a) => a.id),
      );
      // Never move an annotation to another article (another tab may have written meanwhile).
      const storedArticle = new Map(stored.map((a) => [a.id, a.articleId]));
      const staying = incoming.filter(
        (a) => (storedArticle.get(a.id) ?? a.articleId) === a.articleId,
      );
      const merge = planMerge(stored, staying);
      merge.counts.conflicting +=
        incoming.length -
        staying.length +
        plan.otherArticleConflicts.filter((entry) => chosen(entry.group, decisions)).length;
      tick(incoming.length - merge.toWrite.length);
      for (const chunk of chunks(merge.toWrite, chunkSize)) {
        if (cancelled()) throw new ImportCancelledError();
        await database.annotations.bulkPut(chunk);
        tick(chunk.length);
      }
      if (cancelled()) throw new ImportCancelledError();

      // Orphans: listed once per id; an annotation now stored as new or newer retires its orphan.
      const listed = await readOrphansIn(database);
      const incomingOrphans: StoredOrphan[] = orphans.map((orphan) => ({
        ...orphan,
        annotation: remap(orphan.annotation),
      }));
      const ids = [...listed, ...incomingOrphans].map((orphan) => orphan.annotation.id);
      const placed = new Map<string, Annotation>();
      for (const annotation of await readStoredAnnotations(database, ids)) {
        placed.set(annotation.id, annotation);
      }
      const nextOrphans = mergeOrphans(listed, incomingOrphans, placed);
      const orphanIds = new Set(listed.map((orphan) => orphan.annotation.id));
      const changed =
        nextOrphans.length !== listed.length ||
        nextOrphans.some((orphan, i) => orphan !== listed[i]);
      if (changed) await writeOrphansIn(database, nextOrphans);

      return {
        ...merge.counts,
        orphaned: incomingOrphans.filter(
          (orphan) => !orphanIds.has(orphan.annotation.id) && nextOrphans.includes(orphan),
        ).length,
        skipped,
        articlesAdded: articles.length,
        outletsAdded,
        annotatorsAdded: newAnnotators.length,
        labelsAdded,
      };
    },
  );
}
