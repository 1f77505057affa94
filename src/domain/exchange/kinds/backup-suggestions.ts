import type { PersonalTermOrigin } from '../../types';
import { nonEmptyString, plainString } from '../schemas';
import { z } from '../../validation/zod';
import { lexiconRowSchema } from './backup-classroom';

/*
 * The personal lexicon layer and the suggestion feedback in a backup. A backup made before
 * them (schema version 4 and earlier) has neither: each then restores empty.
 */

const PERSONAL_TERM_ORIGINS = [
  'marked',
  'discovered',
  'imported',
  'assignment',
] as const satisfies readonly PersonalTermOrigin[];

/** Absent in a backup made before the personal layer: an empty table. */
const optionalList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { error: `must be a list of ${what}` })
    .optional()
    .default([]);

const personalTermSchema = lexiconRowSchema.extend({
  origin: z.enum(PERSONAL_TERM_ORIGINS, {
    error: `must be one of ${PERSONAL_TERM_ORIGINS.join(', ')}`,
  }),
  addedAt: plainString,
});

const count = z
  .number({ error: 'must be a whole number from 0' })
  .int({ error: 'must be a whole number from 0' })
  .min(0, { error: 'must be a whole number from 0' });

const feedbackRowSchema = z.object(
  {
    annotatorId: nonEmptyString,
    entryId: nonEmptyString,
    accepted: count,
    rejected: count,
    updatedAt: plainString,
  },
  { error: 'must be a suggestion feedback record' },
);

export const suggestionTableSchemas = {
  personalLexicon: optionalList(personalTermSchema, 'personal lexicon terms'),
  suggestionFeedback: optionalList(feedbackRowSchema, 'suggestion feedback records'),
};
