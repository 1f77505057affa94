import type { Annotation, Annotator, Article, Codebook, Outlet } from '../../types';
import { z } from '../../validation/zod';
import { isJsonObject } from '../read-input';
import { describeValue, fail, succeed, type ParseResult } from '../result';
import {
  annotationSchema,
  annotatorSchema,
  articleSchema,
  codebookSchema,
  isoTimestamp,
  outletSchema,
} from '../schemas';

/** The envelope of a FrameLens file (see native-format.ts), its types and its schema. */

export const NATIVE_FORMAT = 'framelens';
export const NATIVE_VERSION = 1;
export const NATIVE_SOURCE = 'FrameLens';

/** An article as it travels: every stored field, with the text optional. */
export type ExchangeArticle = Omit<Article, 'text'> & { text?: string };

export interface NativeExport {
  format: typeof NATIVE_FORMAT;
  version: typeof NATIVE_VERSION;
  exportedAt: string;
  source: typeof NATIVE_SOURCE;
  codebook?: Codebook;
  outlets: Outlet[];
  articles: ExchangeArticle[];
  annotations: Annotation[];
  annotators: Annotator[];
}

export interface NativeParseOptions {
  /**
   * textHashes of the articles already in the library. When given, an article that arrives
   * without its text must be one of them, or its annotations could not be placed.
   */
  knownTextHashes?: ReadonlySet<string>;
}

/** Every record of the file, each validated by its shared schema. */
export const envelopeSchema = z.object(
  {
    exportedAt: isoTimestamp,
    codebook: codebookSchema.optional(),
    outlets: z.array(outletSchema, { error: 'must be a list of outlets' }),
    articles: z.array(articleSchema, { error: 'must be a list of articles' }),
    annotations: z.array(annotationSchema, { error: 'must be a list of annotations' }),
    annotators: z.array(annotatorSchema, { error: 'must be a list of annotators' }),
  },
  { error: 'must be an object' },
);

/** The root must be one JSON object. */
export function checkRoot(value: unknown): ParseResult<Record<string, unknown>> {
  if (Array.isArray(value)) {
    return fail(
      'The file holds a JSON list ([ … ]); a FrameLens export is one JSON object ({ "format": "framelens", … }).',
      '(root)',
    );
  }
  if (!isJsonObject(value)) {
    return fail(
      `The file holds ${describeValue(value)}; a FrameLens export is one JSON object ({ "format": "framelens", … }).`,
      '(root)',
    );
  }
  return succeed(value);
}

export function checkVersion(value: Record<string, unknown>): ParseResult<true> {
  const { format, version } = value;
  if (format === undefined) {
    return fail(
      'This is not a FrameLens export: "format" is missing (expected "framelens").',
      'format',
    );
  }
  if (format !== NATIVE_FORMAT) {
    return fail(
      `This is not a FrameLens export: "format" is ${describeValue(format)} (expected "framelens").`,
      'format',
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > NATIVE_VERSION) {
    return fail(
      `This file was made by a newer FrameLens (version ${version}); this FrameLens reads version ${NATIVE_VERSION}. Update FrameLens to import it.`,
      'version',
    );
  }
  if (version !== NATIVE_VERSION) {
    return fail(`version must be ${NATIVE_VERSION} (got ${describeValue(version)})`, 'version');
  }
  if (value.source !== undefined && value.source !== NATIVE_SOURCE) {
    return fail(`source must be "FrameLens" (got ${describeValue(value.source)})`, 'source');
  }
  return succeed(true);
}
