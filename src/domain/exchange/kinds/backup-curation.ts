import { nonEmptyString, plainString } from '../schemas';
import { z } from '../../validation/zod';

/*
 * Adjudication's tables in a backup (curations and their undoable steps). A backup made before
 * adjudication has neither: each then restores empty.
 */

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what}` });

/** Absent in a backup made before adjudication: an empty table. */
const optionalList = <T extends z.ZodType>(item: T, what: string) =>
  list(item, what).optional().default([]);

const curationRowSchema = z.object(
  {
    id: nonEmptyString,
    curatorName: plainString,
    goldAnnotatorId: nonEmptyString,
    annotatorIds: list(nonEmptyString, 'annotator ids'),
    articleIds: list(nonEmptyString, 'article ids'),
    createdAt: plainString,
    updatedAt: plainString,
  },
  { error: 'must be a curation' },
);

const decisionSchema = z.object(
  {
    groupKey: nonEmptyString,
    articleId: nonEmptyString,
    outcome: z.enum(['accepted', 'rejected'], { error: 'must be "accepted" or "rejected"' }),
    annotationId: nonEmptyString.nullable(),
  },
  { error: 'must be a curation decision' },
);

const STEP_KINDS = ['accept', 'edit', 'reject', 'accept-agreed'] as const;

const curationStepRowSchema = z.object(
  {
    curationId: nonEmptyString,
    seq: z.number().int().min(1, { error: 'must be a whole number from 1' }),
    at: plainString,
    kind: z.enum(STEP_KINDS, { error: `must be one of ${STEP_KINDS.join(', ')}` }),
    decisions: list(decisionSchema, 'curation decisions'),
  },
  { error: 'must be a curation step' },
);

export const curationTableSchemas = {
  curations: optionalList(curationRowSchema, 'curations'),
  curationSteps: optionalList(curationStepRowSchema, 'curation steps'),
};
