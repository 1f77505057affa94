import { isValidPartialDate } from '../dates';
import {
  annotationSchema,
  annotatorSchema,
  codebookSchema,
  isoTimestamp,
  languageTagSchema,
  nonEmptyString,
  partialDateSchema,
  plainString,
  valenceSchema,
} from '../exchange/schemas';
import { z } from '../validation/zod';
import { OUTLET_LEANS, PROGRESS_STATES } from './classroom-types';

/**
 * zod schemas of the three classroom envelopes (format and version are checked before them).
 * Checks across records (ids, outlet codes, annotators) run after, in the parsers.
 */

const textHashSchema = z
  .string({ error: 'must be a SHA-256 hex string' })
  .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits (SHA-256)' });

const revisionSchema = z
  .number({ error: 'must be a whole number from 1' })
  .int({ error: 'must be a whole number from 1' })
  .min(1, { error: 'must be a whole number from 1' });

const dueDateSchema = z.union(
  [
    z
      .string()
      .regex(/^\d{4}-\d\d-\d\d$/)
      .refine(isValidPartialDate),
    z.null(),
  ],
  { error: 'must be a date like 2026-12-20, or null' },
);

/** The same rules as a lexicon file's entries. */
const lexiconEntrySchema = z.object(
  {
    id: nonEmptyString,
    pattern: nonEmptyString,
    forms: z
      .array(nonEmptyString, { error: 'must be a list of forms' })
      .min(1, { error: 'must list at least one form' }),
    labelId: nonEmptyString,
    valence: valenceSchema,
    canonical: nonEmptyString,
    note: plainString,
    source: plainString.optional(),
  },
  { error: 'must be a lexicon entry object' },
);

const personSchema = z.object(
  { id: nonEmptyString, name: plainString },
  { error: 'must be an object with id and name' },
);

const assignmentArticleSchema = z.object(
  {
    id: nonEmptyString,
    textHash: textHashSchema,
    title: plainString,
    text: plainString,
    published: partialDateSchema,
    language: languageTagSchema,
    outlet: z.union([nonEmptyString, z.null()], { error: 'must be an outlet name or null' }),
    url: z.union([plainString, z.null()], { error: 'must be a link or null' }),
  },
  { error: 'must be an article object' },
);

export const assignmentFileSchema = z.object(
  {
    id: nonEmptyString,
    revision: revisionSchema,
    title: nonEmptyString,
    instructions: plainString,
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    dueDate: dueDateSchema,
    teacher: personSchema,
    mode: z.object(
      {
        suggestions: z.boolean({ error: 'must be true or false' }),
        outletBlind: z.boolean({ error: 'must be true or false' }),
      },
      { error: 'must be an object with suggestions and outletBlind' },
    ),
    codebook: codebookSchema,
    lexicon: z.array(lexiconEntrySchema, { error: 'must be a list of lexicon entries' }),
    personalLexicon: z
      .array(lexiconEntrySchema, { error: 'must be a list of lexicon entries' })
      .optional(),
    articles: z
      .array(assignmentArticleSchema, { error: 'must be a list of articles' })
      .min(1, { error: 'must hold at least one article' }),
    outletCodes: z
      .record(z.string(), z.string({ error: 'must be a code like "Outlet A"' }), {
        error: 'must be an object of outlet codes by article id',
      })
      .optional(),
  },
  { error: 'must be an object' },
);

const articleRefSchema = z.object(
  { id: nonEmptyString, textHash: textHashSchema },
  { error: 'must be an object with id and textHash' },
);

const articleRefsSchema = z
  .array(articleRefSchema, { error: 'must be a list of articles' })
  .min(1, { error: 'must hold at least one article' });

const guessSchema = z.object(
  {
    code: nonEmptyString,
    outletName: z.union([plainString, z.null()], { error: 'must be an outlet name or null' }),
    lean: z.union([z.enum(OUTLET_LEANS), z.null()], {
      error: `must be one of ${OUTLET_LEANS.map((lean) => `"${lean}"`).join(', ')} or null`,
    }),
  },
  { error: 'must be a guess object with code, outletName and lean' },
);

export const submissionFileSchema = z.object(
  {
    assignmentId: nonEmptyString,
    assignmentRevision: revisionSchema,
    assignmentTitle: plainString,
    student: z.object(
      { id: nonEmptyString, name: nonEmptyString },
      { error: 'must be an object with id and name' },
    ),
    submittedAt: isoTimestamp,
    articles: articleRefsSchema,
    progress: z.record(
      z.string(),
      z.enum(PROGRESS_STATES, { error: 'must be "not-started", "in-progress" or "done"' }),
      { error: 'must be an object of progress states by article id' },
    ),
    annotations: z.array(annotationSchema, { error: 'must be a list of annotations' }),
    guesses: z.array(guessSchema, { error: 'must be a list of guesses' }).optional(),
  },
  { error: 'must be an object' },
);

export const feedbackFileSchema = z.object(
  {
    assignmentId: nonEmptyString,
    assignmentTitle: plainString,
    createdAt: isoTimestamp,
    articles: articleRefsSchema,
    key: z.object(
      {
        annotator: annotatorSchema,
        annotations: z.array(annotationSchema, { error: 'must be a list of annotations' }),
      },
      { error: 'must be an object with annotator and annotations' },
    ),
    codebook: codebookSchema,
    reveal: z
      .array(
        z.object(
          { code: nonEmptyString, outlet: nonEmptyString },
          { error: 'must be an object with code and outlet' },
        ),
        { error: 'must be a list of outlets by code' },
      )
      .optional(),
  },
  { error: 'must be an object' },
);
