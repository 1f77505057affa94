import { lookupKey } from '../../exchange/foreign-import';
import { stableId } from '../../exchange/stable-id';
import { countWords } from '../../text/word-count';
import { safeHttpUrl } from '../../urls';
import type { Article } from '../../types';
import type { AssignmentFile, AssignmentFileArticle } from '../classroom-files';
import type { Assignment } from '../classroom-types';
import {
  emptyWrites,
  type ClassroomWrites,
  type PlannedClassroomFile,
} from './classroom-plan-types';
import { acceptedFile, plural } from './planned-file';
import type { WorkingLibrary } from './working-library';

function summaryOf(file: AssignmentFile, state: string): string {
  return `Assignment “${file.title}”, revision ${file.revision}, ${plural(file.articles.length, 'article')} (${state})`;
}

/** Why an assignment file changes nothing, or null when it adds or replaces one. */
function unchangedState(file: AssignmentFile, stored: Assignment | undefined): string | null {
  if (!stored) return null;
  if (stored.role === 'teacher') return 'your own assignment: nothing to open';
  if (stored.revision === file.revision) return 'already opened: unchanged';
  if (stored.revision > file.revision) {
    return `older than revision ${stored.revision}, which you have: kept yours`;
  }
  return null;
}

function outletNameOf(file: AssignmentFile, article: AssignmentFileArticle): string {
  if (file.mode.outletBlind) {
    const code = file.outletCodes?.[article.id] ?? 'Outlet ?';
    return `${code} · ${file.title}`;
  }
  return article.outlet ?? 'Unknown outlet';
}

/** The local id of each article of the file: a stored one with the same text, else a new one. */
function placeArticles(file: AssignmentFile, library: WorkingLibrary, writes: ClassroomWrites) {
  const localIds: string[] = [];
  const outletCodes: Record<string, string> = {};
  for (const incoming of file.articles) {
    let local = library.articleWithText(incoming.textHash);
    if (!local) {
      const taken = library.article(incoming.id) !== undefined;
      const id = taken ? stableId(['framelens-article', incoming.textHash]) : incoming.id;
      const article = newArticle(incoming, id, library.outletNamed(outletNameOf(file, incoming)));
      article.addedAt = library.now;
      writes.articles.push(article);
      library.addArticle(article, article.text);
      local = article;
    }
    localIds.push(local.id);
    const code = file.outletCodes?.[incoming.id];
    if (file.mode.outletBlind && code) outletCodes[local.outletId] = code;
  }
  return { localIds, outletCodes };
}

function newArticle(incoming: AssignmentFileArticle, id: string, outletId: string): Article {
  return {
    id,
    outletId,
    title: incoming.title,
    url: incoming.url === null ? null : safeHttpUrl(incoming.url),
    published: incoming.published,
    language: incoming.language,
    text: incoming.text,
    textHash: incoming.textHash,
    wordCount: countWords(incoming.text),
    source: 'import',
    addedAt: '',
  };
}

/** Labels, actors (by name) and lexicon entries (by id) the library does not have yet. */
function mergeCodebook(file: AssignmentFile, library: WorkingLibrary, writes: ClassroomWrites) {
  for (const label of file.codebook.labels) {
    const key = lookupKey(label.name);
    if (library.labelKeys.has(key)) continue;
    const id = library.labelIds.has(label.id) ? stableId(['framelens-label', key]) : label.id;
    writes.labels.push({ ...label, id });
    library.labelKeys.add(key);
    library.labelIds.add(id);
  }
  for (const actor of file.codebook.actors) {
    const key = lookupKey(actor.name);
    if (library.actorKeys.has(key)) continue;
    const id = library.actorIds.has(actor.id) ? stableId(['framelens-actor', key]) : actor.id;
    writes.actors.push({ ...actor, id });
    library.actorKeys.add(key);
    library.actorIds.add(id);
  }
  for (const entry of file.lexicon) {
    if (library.lexiconIds.has(entry.id)) continue;
    writes.lexicon.push(entry);
    library.lexiconIds.add(entry.id);
  }
}

function receivedAssignment(
  file: AssignmentFile,
  stored: Assignment | undefined,
  placed: { localIds: string[]; outletCodes: Record<string, string> },
  library: WorkingLibrary,
): Assignment {
  return {
    id: file.id,
    revision: file.revision,
    role: 'student',
    title: file.title,
    instructions: file.instructions,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
    dueDate: file.dueDate,
    teacher: file.teacher,
    mode: file.mode,
    articleIds: placed.localIds,
    outletCodes: placed.outletCodes,
    codebook: file.codebook,
    lexicon: file.lexicon,
    keyAnnotatorId: stored?.keyAnnotatorId ?? null,
    revealed: stored?.revealed ?? false,
    studentId: stored?.studentId ?? library.currentAnnotatorId,
  };
}

/** An assignment file: received as a student's (new), a newer revision replacing, or unchanged. */
export function planAssignmentFile(
  fileName: string,
  file: AssignmentFile,
  library: WorkingLibrary,
): PlannedClassroomFile {
  const facts = {
    fileName,
    kind: 'assignment' as const,
    assignmentTitle: file.title,
    assignmentId: file.id,
  };
  const stored = library.assignment(file.id);
  const unchanged = unchangedState(file, stored);
  if (unchanged !== null) {
    return acceptedFile({ ...facts, summary: summaryOf(file, unchanged) }, emptyWrites());
  }
  const writes = emptyWrites();
  const outletsBefore = library.outletsAdded();
  const placed = placeArticles(file, library, writes);
  writes.outlets = library.outletsAddedSince(outletsBefore);
  mergeCodebook(file, library, writes);
  writes.assignment = receivedAssignment(file, stored, placed, library);
  writes.personalLexicon = file.personalLexicon ?? [];
  library.putAssignment(writes.assignment);
  const state = stored ? `replaces revision ${stored.revision}` : 'new';
  const reused = file.articles.length - writes.articles.length;
  const notes = reused > 0 ? [`${plural(reused, 'article')} already in your library.`] : [];
  return acceptedFile({ ...facts, summary: summaryOf(file, state) }, writes, { notes });
}
