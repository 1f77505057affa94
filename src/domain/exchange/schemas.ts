import { isValidPartialDate } from '../dates';
import { isLanguageTag } from '../text/language-tag';
import { z } from '../validation/zod';

/**
 * zod schemas for the records that travel in exchange files. Objects strip unknown keys, so
 * `__proto__`, `constructor` and any other extra key never reach the app's objects (zod builds
 * fresh objects holding only the declared keys).
 */

export const MIN_VALENCE = -2;
export const MAX_VALENCE = 2;

export const nonEmptyString = z
  .string({ error: 'must be a string' })
  .min(1, { error: 'must not be empty' });

export const plainString = z.string({ error: 'must be a string' });

export const isoTimestamp = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 timestamp like 2024-09-30T12:00:00.000Z',
});

/**
 * The timestamp shape the foreign formats accept (date, time, optional fraction, Z or ±hh:mm).
 * Looser than `isoTimestamp` on purpose: other tools' files are read as they are written.
 */
export const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

export const isoTimestampText = z
  .string({ error: 'must be an ISO 8601 timestamp' })
  .regex(ISO_TIMESTAMP, { error: 'must be an ISO 8601 timestamp' });

export function isIsoTimestamp(value: unknown): value is string {
  return isoTimestampText.safeParse(value).success;
}

export const offsetSchema = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must not be negative' });

/** Any integer JSON number (`Number.isInteger`, so beyond 2^53 too: the text decides then). */
const wholeNumber = z
  .number({ error: 'must be a whole number' })
  .refine(Number.isInteger, { error: 'must be a whole number' });

export type OffsetPairProblem = 'not-whole' | 'reversed' | 'empty';

/**
 * The order rule of a span's offsets, used by the schemas below and directly by checks on
 * records whose offsets a schema has already validated.
 */
export function offsetOrderProblem(start: number, end: number): 'reversed' | 'empty' | null {
  if (end < start) return 'reversed';
  return end === start ? 'empty' : null;
}

/** Offsets of a span as a file gives them: whole numbers, 0 ≤ start ≤ end. */
export const offsetPairSchema = z
  .object({ start: wholeNumber.min(0, { error: 'must not be negative' }), end: wholeNumber })
  .refine((pair) => offsetOrderProblem(pair.start, pair.end) !== 'reversed', {
    error: 'is before start',
    path: ['end'],
    params: { problem: 'reversed' },
    abort: true,
  });

/** A span that covers at least one unit: 0 ≤ start < end. */
export const spanOffsetsSchema = offsetPairSchema.refine(
  (pair) => offsetOrderProblem(pair.start, pair.end) === null,
  {
    error: 'is empty',
    path: ['end'],
    params: { problem: 'empty' },
  },
);

export type OffsetPairReading =
  | { ok: true; start: number; end: number }
  /** `field`: the first field at fault (start before end, as the file reads). */
  | { ok: false; problem: OffsetPairProblem; field: 'start' | 'end' };

/** Reads `{ start, end }` with one of the two schemas above and says what is wrong, if anything. */
export function readOffsetPair(
  value: { start: unknown; end: unknown },
  schema: typeof offsetPairSchema | typeof spanOffsetsSchema = offsetPairSchema,
): OffsetPairReading {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, start: parsed.data.start, end: parsed.data.end };
  const [first] = parsed.error.issues;
  const problem: unknown = first?.code === 'custom' ? first.params?.problem : undefined;
  return {
    ok: false,
    problem: problem === 'reversed' || problem === 'empty' ? problem : 'not-whole',
    field: first?.path[0] === 'start' ? 'start' : 'end',
  };
}

export const valenceSchema = z
  .number({ error: 'must be an integer from -2 to 2' })
  .int({ error: 'must be an integer from -2 to 2' })
  .min(MIN_VALENCE, { error: 'must be an integer from -2 to 2' })
  .max(MAX_VALENCE, { error: 'must be an integer from -2 to 2' });

export const VOICES = ['own', 'quoted', 'attributed'] as const;

export const voiceSchema = z.enum(VOICES, {
  error: 'must be "own", "quoted" or "attributed"',
});

export const STATUSES = ['accepted', 'rejected-suggestion'] as const;

export const statusSchema = z.enum(STATUSES, {
  error: 'must be "accepted" or "rejected-suggestion"',
});

/** A label as files name it: by id or by name, never empty. */
export const labelNameSchema = nonEmptyString;

export const deletedSchema = z.union([z.literal(0), z.literal(1)], {
  error: 'must be 0 (live) or 1 (deleted)',
});

export const annotationSchema = z.object(
  {
    id: nonEmptyString,
    articleId: nonEmptyString,
    start: offsetSchema,
    end: offsetSchema,
    exact: plainString,
    prefix: plainString,
    suffix: plainString,
    labelId: nonEmptyString,
    target: z.union([nonEmptyString, z.null()], { error: 'must be an actor id or null' }),
    valence: valenceSchema,
    voice: voiceSchema,
    note: plainString,
    annotatorId: nonEmptyString,
    status: statusSchema,
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    deleted: deletedSchema,
  },
  { error: 'must be an annotation object' },
);

export const outletSchema = z.object(
  { id: nonEmptyString, name: nonEmptyString },
  { error: 'must be an outlet object with id and name' },
);

export const annotatorSchema = z.object(
  {
    id: nonEmptyString,
    name: plainString,
    role: z.enum(['annotator', 'teacher', 'student'], {
      error: 'must be "annotator", "teacher" or "student"',
    }),
  },
  { error: 'must be an annotator object with id, name and role' },
);

/** An article's language: a BCP 47 tag, or empty when the file names none. */
export const languageTagSchema = plainString.refine(
  (value) => value === '' || isLanguageTag(value.trim()),
  { error: 'must be a language tag such as "en", "ar" or "pt-BR", or empty' },
);

export const partialDateSchema = plainString.refine(isValidPartialDate, {
  error: 'must be a date like 2024, 2024-09 or 2024-09-30, or empty',
});

export const articleSchema = z.object(
  {
    id: nonEmptyString,
    outletId: nonEmptyString,
    title: plainString,
    url: z.union([plainString, z.null()], { error: 'must be a link or null' }),
    published: partialDateSchema,
    language: languageTagSchema,
    textHash: z
      .string({ error: 'must be a SHA-256 hex string' })
      .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits (SHA-256)' }),
    wordCount: offsetSchema,
    source: z.enum(['seed', 'paste', 'file', 'import'], {
      error: 'must be "seed", "paste", "file" or "import"',
    }),
    addedAt: isoTimestamp,
    text: plainString.optional(),
  },
  { error: 'must be an article object' },
);

const colorSchema = z
  .string({ error: 'must be a hex colour like #E69F00' })
  .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i, {
    error: 'must be a hex colour like #E69F00',
  });

export const labelSchema = z.object(
  {
    id: nonEmptyString,
    name: nonEmptyString,
    category: plainString,
    color: colorSchema,
    key: z.string({ error: 'must be "" or a digit 1-9' }).regex(/^[1-9]?$/, {
      error: 'must be "" or a digit 1-9',
    }),
    description: plainString,
  },
  { error: 'must be a label object' },
);

export const actorSchema = z.object(
  {
    id: nonEmptyString,
    name: nonEmptyString,
    aliases: z.array(plainString, { error: 'must be a list of strings' }),
  },
  { error: 'must be an actor object' },
);

export const codebookSchema = z.object(
  {
    id: nonEmptyString,
    name: plainString,
    version: offsetSchema,
    labels: z.array(labelSchema, { error: 'must be a list of labels' }),
    actors: z.array(actorSchema, { error: 'must be a list of actors' }),
    updatedAt: isoTimestamp,
  },
  { error: 'must be a codebook object' },
);
