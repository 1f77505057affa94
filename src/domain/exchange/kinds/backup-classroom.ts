import { OUTLET_LEANS, PROGRESS_STATES } from '../../classroom/classroom-types';
import { codebookSchema, nonEmptyString, plainString, valenceSchema } from '../schemas';
import { z } from '../../validation/zod';

/*
 * The classroom's tables in a backup (assignments, progress marks, hand-ins received, guesses).
 * A backup made before the classroom has none of them: each then restores empty.
 */

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what}` });

/** Absent in a backup made before the classroom: an empty table. */
const optionalList = <T extends z.ZodType>(item: T, what: string) =>
  list(item, what).optional().default([]);

export const lexiconRowSchema = z.object(
  {
    id: nonEmptyString,
    pattern: nonEmptyString,
    forms: z.array(plainString, { error: 'must be a list of strings' }),
    labelId: nonEmptyString,
    valence: valenceSchema,
    canonical: plainString,
    note: plainString,
    source: plainString.optional(),
  },
  { error: 'must be a lexicon entry' },
);

const nullableString = plainString.nullable();
const flag = z.boolean({ error: 'must be true or false' });

const assignmentRowSchema = z.object(
  {
    id: nonEmptyString,
    revision: z.number().int().min(1, { error: 'must be a whole number from 1' }),
    role: z.enum(['teacher', 'student'], { error: 'must be "teacher" or "student"' }),
    title: plainString,
    instructions: plainString,
    createdAt: plainString,
    updatedAt: plainString,
    dueDate: nullableString,
    teacher: z.object({ id: plainString, name: plainString }, { error: 'must be { id, name }' }),
    mode: z.object({ suggestions: flag, outletBlind: flag }, { error: 'must be the mode' }),
    articleIds: list(nonEmptyString, 'article ids'),
    outletCodes: z.record(z.string(), plainString, { error: 'must map outlet ids to codes' }),
    codebook: codebookSchema.nullable(),
    lexicon: list(lexiconRowSchema, 'lexicon entries'),
    keyAnnotatorId: nullableString,
    revealed: flag,
    studentId: nullableString,
  },
  { error: 'must be an assignment' },
);

const progressRowSchema = z.object(
  {
    assignmentId: nonEmptyString,
    annotatorId: nonEmptyString,
    articleId: nonEmptyString,
    state: z.enum(PROGRESS_STATES, { error: `must be one of ${PROGRESS_STATES.join(', ')}` }),
    updatedAt: plainString,
  },
  { error: 'must be a progress mark' },
);

const submissionRowSchema = z.object(
  {
    assignmentId: nonEmptyString,
    studentId: nonEmptyString,
    studentName: plainString,
    submittedAt: plainString,
    importedAt: plainString,
    fileName: plainString,
  },
  { error: 'must be a hand-in record' },
);

const guessRowSchema = z.object(
  {
    assignmentId: nonEmptyString,
    annotatorId: nonEmptyString,
    code: nonEmptyString,
    outletName: nullableString,
    lean: z.enum(OUTLET_LEANS, { error: `must be one of ${OUTLET_LEANS.join(', ')}` }).nullable(),
    updatedAt: plainString,
  },
  { error: 'must be a guess' },
);

export const classroomTableSchemas = {
  assignments: optionalList(assignmentRowSchema, 'assignments'),
  progress: optionalList(progressRowSchema, 'progress marks'),
  submissions: optionalList(submissionRowSchema, 'hand-in records'),
  guesses: optionalList(guessRowSchema, 'guesses'),
};
