import type {
  ClassroomSnapshot,
  ClassroomWrites,
  PlannedClassroomFile,
} from '../../domain/classroom/plan/classroom-plan-types';
import type { Assignment } from '../../domain/classroom/classroom-types';
import { cleanOutletName, outletNameKey } from '../../domain/outlet-name';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import { lookupKey } from '../../domain/exchange/foreign-import';
import { planMerge, type MergeCounts } from '../../domain/exchange/merge';
import { mergePersonalTerms } from '../../domain/suggestions/personal-layer';
import type { Annotation, Codebook } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { CURRENT_ANNOTATOR_KEY } from '../meta-keys';
import { ImportCancelledError, readStoredAnnotations } from './exchange-repository';

/**
 * The database side of opening classroom files: `readClassroomSnapshot` reads what a batch is
 * planned against (one read transaction); `commitClassroomFiles` writes the files chosen in
 * ONE read-write transaction, checking each write against what is stored at that moment
 * (another tab may have written since the preview): all of it lands, or nothing does.
 */

export async function readClassroomSnapshot(
  incomingAnnotationIds: readonly string[],
  database: FrameLensDatabase = defaultDb,
): Promise<ClassroomSnapshot> {
  const tables = [
    database.assignments,
    database.articleCards,
    database.articles,
    database.outlets,
    database.annotators,
    database.meta,
    database.codebooks,
    database.lexicon,
    database.submissions,
    database.annotations,
  ];
  return database.transaction('r', tables, async () => {
    const assignments = await database.assignments.toArray();
    const cards = await database.articleCards.toArray();
    const current = await database.meta.get(CURRENT_ANNOTATOR_KEY);
    return {
      assignments,
      articles: cards.map(({ id, textHash, outletId }) => ({ id, textHash, outletId })),
      texts: await assignmentTexts(
        database,
        assignments.flatMap((a) => a.articleIds),
      ),
      outlets: await database.outlets.toArray(),
      annotators: await database.annotators.toArray(),
      currentAnnotatorId: typeof current?.value === 'string' ? current.value : null,
      codebook: await storedCodebook(database),
      lexiconIds: new Set((await database.lexicon.toCollection().primaryKeys()) as string[]),
      submissions: await database.submissions.toArray(),
      annotations: await readStoredAnnotations(database, incomingAnnotationIds),
      now: nowIso(),
    };
  });
}

async function assignmentTexts(
  database: FrameLensDatabase,
  articleIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(articleIds)];
  const rows = await database.articles.bulkGet(ids);
  const texts = new Map<string, string>();
  for (const row of rows) if (row) texts.set(row.id, row.text);
  return texts;
}

async function storedCodebook(database: FrameLensDatabase): Promise<Codebook> {
  return (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
}

export interface ClassroomCommitControl {
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks: when true the transaction is aborted and nothing is written. */
  isCancelled?: () => boolean;
}

export interface ClassroomCommitOutcome {
  assignmentIds: string[];
  submissions: number;
  feedback: number;
  annotations: MergeCounts;
}

/** Planned ids → the ids written (an outlet or article that now exists under another id). */
interface IdMaps {
  outlets: Map<string, string>;
  articles: Map<string, string>;
}

// As many rows per bulkPut as the one-file import writes (fewer round trips, same Cancel granularity).
const ANNOTATION_CHUNK = 5000;

function combined(files: readonly PlannedClassroomFile[]): ClassroomWrites[] {
  return files.flatMap((file) => (file.writes ? [file.writes] : []));
}

export async function commitClassroomFiles(
  files: readonly PlannedClassroomFile[],
  control: ClassroomCommitControl = {},
  database: FrameLensDatabase = defaultDb,
): Promise<ClassroomCommitOutcome> {
  const writes = combined(files);
  const tables = [
    database.outlets,
    database.articles,
    database.annotations,
    database.annotators,
    database.codebooks,
    database.lexicon,
    database.personalLexicon,
    database.assignments,
    database.progress,
    database.submissions,
    database.guesses,
  ];
  return database.transaction('rw', tables, async () => {
    const ids: IdMaps = { outlets: new Map(), articles: new Map() };
    await writeOutlets(database, writes, ids);
    await writeArticles(database, writes, ids);
    await writeAnnotators(database, writes);
    await writeCodebook(database, writes);
    await writeLexicon(database, writes);
    await writePersonalLexicon(database, writes);
    const assignmentIds = await writeAssignments(database, writes, ids);
    const feedback = await writeKeyPatches(database, writes);
    const submissions = await writeHandIns(database, writes, ids);
    const annotations = await writeAnnotations(database, writes, ids, control);
    return { assignmentIds, submissions, feedback, annotations };
  });
}

async function writeOutlets(database: FrameLensDatabase, writes: ClassroomWrites[], ids: IdMaps) {
  for (const outlet of writes.flatMap((w) => w.outlets)) {
    if (ids.outlets.has(outlet.id)) continue;
    const same = await database.outlets.where('nameKey').equals(outlet.nameKey).first();
    if (same) {
      ids.outlets.set(outlet.id, same.id);
      continue;
    }
    const id = (await database.outlets.get(outlet.id)) ? newId() : outlet.id;
    await database.outlets.add({ ...outlet, id });
    ids.outlets.set(outlet.id, id);
  }
}

async function writeArticles(database: FrameLensDatabase, writes: ClassroomWrites[], ids: IdMaps) {
  for (const article of writes.flatMap((w) => w.articles)) {
    if (ids.articles.has(article.id)) continue;
    const same = await database.articles.where('textHash').equals(article.textHash).first();
    if (same) {
      ids.articles.set(article.id, same.id);
      continue;
    }
    const id = (await database.articles.get(article.id)) ? newId() : article.id;
    const outletId = ids.outlets.get(article.outletId) ?? article.outletId;
    await database.articles.add({ ...article, id, outletId });
    ids.articles.set(article.id, id);
  }
}

/** Only the missing ones: a person's name is never overwritten by a file. */
async function writeAnnotators(database: FrameLensDatabase, writes: ClassroomWrites[]) {
  const byId = new Map(writes.flatMap((w) => w.annotators).map((a) => [a.id, a]));
  const candidates = [...byId.values()];
  const present = await database.annotators.bulkGet(candidates.map((a) => a.id));
  const missing = candidates.filter((_, index) => !present[index]);
  if (missing.length > 0) await database.annotators.bulkAdd(missing);
}

/** Labels and actors whose names the codebook does not have now. */
async function writeCodebook(database: FrameLensDatabase, writes: ClassroomWrites[]) {
  const labels = writes.flatMap((w) => w.labels);
  const actors = writes.flatMap((w) => w.actors);
  if (labels.length === 0 && actors.length === 0) return;
  const current = await storedCodebook(database);
  const labelKeys = new Set(current.labels.map((label) => lookupKey(label.name)));
  const labelIds = new Set(current.labels.map((label) => label.id));
  const actorKeys = new Set(current.actors.map((actor) => lookupKey(actor.name)));
  const actorIds = new Set(current.actors.map((actor) => actor.id));
  const newLabels = labels.filter((l) => !labelKeys.has(lookupKey(l.name)) && !labelIds.has(l.id));
  const newActors = actors.filter((a) => !actorKeys.has(lookupKey(a.name)) && !actorIds.has(a.id));
  if (newLabels.length === 0 && newActors.length === 0) return;
  await database.codebooks.put({
    ...current,
    labels: [...current.labels, ...newLabels],
    actors: [...current.actors, ...newActors],
    version: current.version + 1,
    updatedAt: nowIso(),
  });
}

async function writeLexicon(database: FrameLensDatabase, writes: ClassroomWrites[]) {
  const entries = writes.flatMap((w) => w.lexicon);
  if (entries.length === 0) return;
  const present = await database.lexicon.bulkGet(entries.map((entry) => entry.id));
  const missing = entries.filter((_, index) => !present[index]);
  if (missing.length > 0) await database.lexicon.bulkPut(missing);
}

/** The teacher's terms join the student's personal layer; the student's own stay as they are. */
async function writePersonalLexicon(database: FrameLensDatabase, writes: ClassroomWrites[]) {
  const incoming = writes.flatMap((w) => w.personalLexicon);
  if (incoming.length === 0) return;
  const existing = await database.personalLexicon.toArray();
  const context = { origin: 'assignment' as const, addedAt: nowIso(), newId };
  await database.personalLexicon.bulkPut(mergePersonalTerms(existing, incoming, context));
}

/** A received assignment lands unless the library now holds its own or a newer revision. */
async function writeAssignments(
  database: FrameLensDatabase,
  writes: ClassroomWrites[],
  ids: IdMaps,
): Promise<string[]> {
  const written: string[] = [];
  for (const { assignment } of writes) {
    if (!assignment) continue;
    const stored = await database.assignments.get(assignment.id);
    if (stored && (stored.role === 'teacher' || stored.revision >= assignment.revision)) continue;
    const outletCodes = Object.fromEntries(
      Object.entries(assignment.outletCodes).map(([id, code]) => [ids.outlets.get(id) ?? id, code]),
    );
    await database.assignments.put({
      ...assignment,
      articleIds: assignment.articleIds.map((id) => ids.articles.get(id) ?? id),
      outletCodes,
      keyAnnotatorId: stored?.keyAnnotatorId ?? assignment.keyAnnotatorId,
      revealed: stored?.revealed ?? assignment.revealed,
      studentId: stored?.studentId ?? assignment.studentId,
    });
    written.push(assignment.id);
  }
  return written;
}

async function writeKeyPatches(database: FrameLensDatabase, writes: ClassroomWrites[]) {
  let applied = 0;
  for (const { keyPatch } of writes) {
    if (!keyPatch) continue;
    const stored = await database.assignments.get(keyPatch.assignmentId);
    if (!stored || stored.role !== 'student') continue;
    const outletCodes = await revealOutlets(database, stored, keyPatch.reveal);
    await database.assignments.put({
      ...stored,
      keyAnnotatorId: keyPatch.keyAnnotatorId,
      revealed: stored.revealed || keyPatch.revealed,
      outletCodes,
    });
    applied++;
  }
  return applied;
}

/**
 * The reveal on a student's side: an outlet the assignment file named by its code only
 * ("Outlet A · title") takes its real name, or — when an outlet of that name exists — its
 * articles move there. Returns the assignment's outlet codes by the outlet ids after that.
 */
async function revealOutlets(
  database: FrameLensDatabase,
  assignment: Assignment,
  reveal: readonly { code: string; outlet: string }[],
): Promise<Record<string, string>> {
  const names = new Map(reveal.map((entry) => [entry.code, cleanOutletName(entry.outlet)]));
  const codes: Record<string, string> = {};
  for (const [outletId, code] of Object.entries(assignment.outletCodes)) {
    const real = names.get(code);
    const outlet = await database.outlets.get(outletId);
    if (!real || outlet?.name !== `${code} · ${assignment.title}`) {
      codes[outletId] = code;
      continue;
    }
    const same = await database.outlets.where('nameKey').equals(outletNameKey(real)).first();
    if (!same) {
      await database.outlets.put({ ...outlet, name: real, nameKey: outletNameKey(real) });
      codes[outletId] = code;
      continue;
    }
    await database.articles.where('outletId').equals(outletId).modify({ outletId: same.id });
    await database.outlets.delete(outletId);
    codes[same.id] = code;
  }
  return codes;
}

/** The hand-in record, progress marks and guesses, unless a later hand-in is stored now. */
async function writeHandIns(database: FrameLensDatabase, writes: ClassroomWrites[], ids: IdMaps) {
  let written = 0;
  for (const { submission, progress, guesses } of writes) {
    if (!submission) continue;
    const key: [string, string] = [submission.assignmentId, submission.studentId];
    const stored = await database.submissions.get(key);
    if (stored && Date.parse(stored.submittedAt) > Date.parse(submission.submittedAt)) continue;
    await database.submissions.put(submission);
    const local = (id: string) => ids.articles.get(id) ?? id;
    await database.progress.bulkPut(progress.map((p) => ({ ...p, articleId: local(p.articleId) })));
    await database.guesses
      .where('assignmentId')
      .equals(submission.assignmentId)
      .filter((guess) => guess.annotatorId === submission.studentId)
      .delete();
    await database.guesses.bulkPut(guesses);
    written++;
  }
  return written;
}

async function writeAnnotations(
  database: FrameLensDatabase,
  writes: ClassroomWrites[],
  ids: IdMaps,
  control: ClassroomCommitControl,
): Promise<MergeCounts> {
  const incoming = writes.flatMap((w) => w.annotations);
  const placed = incoming.map((annotation): Annotation => {
    const articleId = ids.articles.get(annotation.articleId);
    return articleId === undefined ? annotation : { ...annotation, articleId };
  });
  const stored = await readStoredAnnotations(
    database,
    placed.map((a) => a.id),
  );
  // Never move an annotation to another article (another tab may have written meanwhile).
  const storedArticle = new Map(stored.map((a) => [a.id, a.articleId]));
  const staying = placed.filter((a) => (storedArticle.get(a.id) ?? a.articleId) === a.articleId);
  const merge = planMerge(stored, staying);
  merge.counts.conflicting += placed.length - staying.length;
  const total = merge.toWrite.length;
  for (let at = 0; at < total; at += ANNOTATION_CHUNK) {
    if (control.isCancelled?.() === true) throw new ImportCancelledError();
    await database.annotations.bulkPut(merge.toWrite.slice(at, at + ANNOTATION_CHUNK));
    control.onProgress?.(Math.min(at + ANNOTATION_CHUNK, total), total);
  }
  if (control.isCancelled?.() === true) throw new ImportCancelledError();
  return merge.counts;
}
