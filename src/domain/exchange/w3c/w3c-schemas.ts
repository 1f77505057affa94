import { z } from '../../validation/zod';
import {
  isoTimestampText,
  offsetPairSchema,
  readOffsetPair,
  valenceSchema,
  voiceSchema,
} from '../schemas';
import type { Voice } from '../../types';

/** zod schemas for the parts of a W3C annotation FrameLens reads, composed from the shared ones. */

/** created/modified: absent or null means "not given" (the import time is used then). */
export const w3cTimesSchema = z.object({
  created: isoTimestampText.nullish(),
  modified: isoTimestampText.nullish(),
});

export const textQuoteSelectorSchema = z.object({
  exact: z.string(),
  prefix: z.string().catch(''),
  suffix: z.string().catch(''),
});

export { offsetPairSchema as textPositionSchema, readOffsetPair };

/** `valence: 1` → 1; null when the value is not an integer from -2 to 2. */
export function readValence(raw: string): number | null {
  if (raw.trim() === '') return null;
  const parsed = valenceSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}

export function readVoice(raw: string): Voice | null {
  const parsed = voiceSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
