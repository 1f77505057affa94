import { z } from '../../validation/zod';
import { isIsoTimestamp, isoTimestampText, spanOffsetsSchema } from '../schemas';

/**
 * zod schemas for the parts of a Label Studio task FrameLens reads. Label Studio files vary
 * (older "completions", extra keys, missing metadata): optional parts fall back to their
 * defaults with `.catch`, and only what an import cannot do without is refused.
 */

const textOr = (fallback: string) => z.string().catch(fallback);
const strings = z
  .array(z.unknown())
  .catch([])
  .transform((list) => list.filter((item): item is string => typeof item === 'string'));

/** The metadata a task's `data` may carry next to its text. */
export const taskDataSchema = z
  .object({
    outlet: textOr(''),
    title: textOr(''),
    url: textOr(''),
    published: textOr(''),
    language: textOr(''),
  })
  .catch({ outlet: '', title: '', url: '', published: '', language: '' });

/** A timestamp, or the fallback when the file's value is missing or not one. */
export function timeOr(value: unknown, fallback: string): string {
  return isIsoTimestamp(value) ? value : fallback;
}

export { isoTimestampText, spanOffsetsSchema };

/** A `labels` result's value after its offsets are checked. */
export const labelsValueSchema = z.object({
  labels: strings,
  text: z.string().optional().catch(undefined),
});

/** The region's note (`meta.text`, lines joined) and whether FrameLens wrote its timestamps. */
export const regionMetaSchema = z
  .object({
    text: z.union([z.string(), strings.transform((lines) => lines.join('\n'))]).catch(''),
    framelens: z
      .object({ createdAt: z.unknown().optional(), updatedAt: z.unknown().optional() })
      .optional()
      .catch(undefined),
  })
  .catch({ text: '' });
