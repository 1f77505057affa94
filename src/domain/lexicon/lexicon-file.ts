import { z } from '../validation/zod';
import { thrownMessage } from '../thrown-message';
import type { LexiconEntry } from '../types';

/**
 * Lexicon entries at the edges of the app: the exchange file
 * (`{"format":"framelens-lexicon","version":1,"entries":[...]}`) and the entry form. Both
 * validate through the same rules and return messages that say what is wrong and where;
 * nothing here throws on user data.
 */

export const LEXICON_FILE_FORMAT = 'framelens-lexicon';
export const LEXICON_FILE_VERSION = 1;
export const MAX_LEXICON_FILE_BYTES = 5 * 1024 * 1024;
export const MIN_VALENCE = -2;
export const MAX_VALENCE = 2;

export type LexiconFileResult =
  { ok: true; entries: LexiconEntry[] } | { ok: false; error: string };

const nonEmpty = (message: string) =>
  z.string({ error: message }).trim().min(1, { error: message });

const valenceSchema = z
  .number({ error: 'must be an integer from -2 to 2' })
  .int({ error: 'must be an integer from -2 to 2' })
  .min(MIN_VALENCE, { error: 'must be an integer from -2 to 2' })
  .max(MAX_VALENCE, { error: 'must be an integer from -2 to 2' });

const entrySchema = z.object(
  {
    id: nonEmpty('must be a non-empty string'),
    pattern: nonEmpty('must be a non-empty string'),
    forms: z
      .array(nonEmpty('must be a non-empty string'), { error: 'must be a list of forms' })
      .min(1, { error: 'must list at least one form' }),
    labelId: nonEmpty('must be a non-empty string'),
    valence: valenceSchema,
    canonical: nonEmpty('must be a non-empty string'),
    note: z.string({ error: 'must be a string' }).trim().default(''),
    source: z.string({ error: 'must be a string' }).trim().optional(),
  },
  { error: 'must be an object with id, pattern, forms, labelId, valence, canonical and note' },
);

const fileSchema = z.object(
  {
    format: z.literal(LEXICON_FILE_FORMAT, {
      error: `must be "${LEXICON_FILE_FORMAT}": this is not a FrameLens lexicon file`,
    }),
    version: z.literal(LEXICON_FILE_VERSION, {
      error: `must be ${LEXICON_FILE_VERSION}: this version of FrameLens reads lexicon files of version ${LEXICON_FILE_VERSION}`,
    }),
    entries: z.array(entrySchema, { error: 'must be a list of lexicon entries' }),
  },
  { error: 'The file must hold one JSON object with format, version and entries.' },
);

/** `['entries', 3, 'valence']` → `entries[3].valence`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describeIssues(issues: z.ZodError['issues']): string {
  const [first] = issues;
  if (!first) return 'The file is not a valid lexicon file.';
  const where = formatPath(first.path);
  const message = where === '' ? first.message : `${where} ${first.message}`;
  const more = issues.length - 1;
  return more > 0
    ? `${message} (and ${more} more ${more === 1 ? 'problem' : 'problems'})`
    : message;
}

function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checked on the File before reading it, so a huge file is never loaded. */
export function checkLexiconFileSize(bytes: number): string | null {
  return bytes > MAX_LEXICON_FILE_BYTES
    ? `The file is ${formatBytes(bytes)}; lexicon files can be at most ${formatBytes(MAX_LEXICON_FILE_BYTES)}.`
    : null;
}

function normaliseEntry(entry: z.infer<typeof entrySchema>): LexiconEntry {
  return {
    id: entry.id,
    pattern: entry.pattern,
    forms: entry.forms,
    labelId: entry.labelId,
    valence: entry.valence,
    canonical: entry.canonical,
    note: entry.note,
    ...(entry.source ? { source: entry.source } : {}),
  };
}

function findCrossEntryProblem(
  entries: readonly LexiconEntry[],
  labelIds: ReadonlySet<string>,
): string | null {
  const firstIndexById = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const earlier = firstIndexById.get(entry.id);
    if (earlier !== undefined) {
      return `entries[${index}].id "${entry.id}" is used twice (also by entries[${earlier}]); every entry needs its own id`;
    }
    firstIndexById.set(entry.id, index);
    if (!labelIds.has(entry.labelId)) {
      return `entries[${index}].labelId "${entry.labelId}" is not a label of the current codebook (known labels: ${[...labelIds].join(', ')})`;
    }
  }
  return null;
}

/**
 * Reads a lexicon file's text. `labelIds` are the codebook's labels: entries must use them.
 * A UTF-8 byte order mark is accepted.
 */
export function parseLexiconFile(text: string, labelIds: Iterable<string>): LexiconFileResult {
  const tooBig = checkLexiconFileSize(
    text.length > MAX_LEXICON_FILE_BYTES ? text.length : utf8ByteLength(text),
  );
  if (tooBig) return { ok: false, error: tooBig };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${thrownMessage(error)}` };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  const entries = parsed.data.entries.map(normaliseEntry);
  const problem = findCrossEntryProblem(entries, new Set(labelIds));
  return problem ? { ok: false, error: problem } : { ok: true, entries };
}

export function serializeLexiconFile(entries: readonly LexiconEntry[]): string {
  const file = { format: LEXICON_FILE_FORMAT, version: LEXICON_FILE_VERSION, entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `framelens-lexicon-2024-09-30.json`, dated in the person's own time zone. */
export function lexiconFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `framelens-lexicon-${day}.json`;
}

export interface LexiconDiff {
  total: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

function sameEntry(a: LexiconEntry, b: LexiconEntry): boolean {
  return (
    a.pattern === b.pattern &&
    a.labelId === b.labelId &&
    a.valence === b.valence &&
    a.canonical === b.canonical &&
    a.note === b.note &&
    a.forms.length === b.forms.length &&
    a.forms.every((form, index) => form === b.forms[index])
  );
}

/** What replacing `current` with `incoming` does, matching entries by id. */
export function diffLexicon(
  current: readonly LexiconEntry[],
  incoming: readonly LexiconEntry[],
): LexiconDiff {
  const currentById = new Map(current.map((entry) => [entry.id, entry]));
  const incomingIds = new Set(incoming.map((entry) => entry.id));
  let added = 0;
  let changed = 0;
  for (const entry of incoming) {
    const existing = currentById.get(entry.id);
    if (!existing) added += 1;
    else if (!sameEntry(existing, entry)) changed += 1;
  }
  const removed = current.filter((entry) => !incomingIds.has(entry.id)).length;
  return {
    total: incoming.length,
    added,
    changed,
    removed,
    unchanged: incoming.length - added - changed,
  };
}

/** Forms as typed in the form: one per line or comma-separated; blanks and repeats dropped. */
export function splitForms(text: string): string[] {
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const form = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = form.toLocaleLowerCase('en');
    if (form === '' || seen.has(key)) continue;
    seen.add(key);
    forms.push(form);
  }
  return forms;
}

export interface LexiconEntryDraft {
  pattern: string;
  /** As typed: one per line or comma-separated. */
  forms: string;
  labelId: string;
  valence: string;
  canonical: string;
  note: string;
}

export type LexiconEntryErrors = Partial<Record<keyof LexiconEntryDraft, string>>;

export type LexiconEntryValidation =
  { ok: true; entry: Omit<LexiconEntry, 'id'> } | { ok: false; errors: LexiconEntryErrors };

/** Validates the entry form; the caller gives the entry its id. */
export function validateLexiconEntry(
  draft: LexiconEntryDraft,
  labelIds: Iterable<string>,
): LexiconEntryValidation {
  const errors: LexiconEntryErrors = {};
  const pattern = draft.pattern.normalize('NFC').trim();
  const forms = splitForms(draft.forms);
  const canonical = draft.canonical.normalize('NFC').trim();
  const valence = draft.valence.trim() === '' ? Number.NaN : Number(draft.valence);
  if (pattern === '') errors.pattern = 'Type the pattern.';
  if (forms.length === 0) {
    errors.forms = 'Add at least one form (one per line or comma-separated).';
  }
  if (!new Set(labelIds).has(draft.labelId)) errors.labelId = 'Choose a label of the codebook.';
  if (!valenceSchema.safeParse(valence).success) {
    errors.valence = 'Valence must be an integer from -2 to 2.';
  }
  if (canonical === '') errors.canonical = 'Type the canonical form used in the summary.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    entry: { pattern, forms, labelId: draft.labelId, valence, canonical, note: draft.note.trim() },
  };
}

export function draftFromEntry(entry: LexiconEntry): LexiconEntryDraft {
  return {
    pattern: entry.pattern,
    forms: entry.forms.join('\n'),
    labelId: entry.labelId,
    valence: String(entry.valence),
    canonical: entry.canonical,
    note: entry.note,
  };
}
