import type { Voice } from '../../types';
import type { OffsetConverter } from '../../text/quote-selector';
import { placeSpan, type Placement, type PlacementText } from '../foreign-import';
import { isJsonObject } from '../read-input';
import { describeValue, fail, succeed, type ParseResult } from '../result';
import { readOffsetPair, valenceSchema, voiceSchema } from '../schemas';
import {
  labelsValueSchema,
  regionMetaSchema,
  spanOffsetsSchema,
  timeOr,
} from './label-studio-schemas';

/** The per-region attributes (`choices` target and voice, `number` valence), by region id. */
interface RegionAttributes {
  target?: string;
  voice?: string;
  valence?: number;
}

export function readRegionAttributes(results: readonly unknown[]): Map<string, RegionAttributes> {
  const attributes = new Map<string, RegionAttributes>();
  for (const result of results) {
    if (!isJsonObject(result) || typeof result.id !== 'string' || !isJsonObject(result.value))
      continue;
    const entry = attributes.get(result.id) ?? {};
    const choices = result.value.choices;
    if (result.type === 'choices' && Array.isArray(choices) && typeof choices[0] === 'string') {
      if (result.from_name === 'target') entry.target = choices[0];
      if (result.from_name === 'voice') entry.voice = choices[0];
    }
    const number = result.value.number;
    if (result.type === 'number' && result.from_name === 'valence' && typeof number === 'number') {
      entry.valence = number;
    }
    attributes.set(result.id, entry);
  }
  return attributes;
}

/** One `labels` region, checked, with its attributes and where it lands in the text. */
export interface RegionReading {
  regionId: string;
  /** Offsets as the file gives them (code points). */
  start: number;
  end: number;
  labelNames: string[];
  quote: string | undefined;
  valence: number;
  voice: Voice;
  /** The target as the file names it (an actor id or name), if any. */
  target: string | undefined;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** FrameLens wrote this region (its timestamps are in meta.framelens). */
  fromFrameLens: boolean;
}

interface RegionPlace {
  resultAt: string;
  annotationAt: string;
  created: string;
  updated: string;
}

function readSpanValue(
  value: unknown,
  resultAt: string,
): ParseResult<{ start: number; end: number; labelNames: string[]; quote: string | undefined }> {
  if (!isJsonObject(value)) return fail(`${resultAt}.value must be an object`, `${resultAt}.value`);
  const { start, end } = value;
  const pair = readOffsetPair({ start, end }, spanOffsetsSchema);
  if (!pair.ok && pair.problem === 'not-whole') {
    return fail(
      `${resultAt}.value: start and end must be whole numbers ≥ 0 (got ${describeValue(start)}, ${describeValue(end)})`,
      `${resultAt}.value`,
    );
  }
  if (!pair.ok) {
    return fail(
      `${resultAt}.value.end (${String(end)}) is before start (${String(start)})`,
      `${resultAt}.value.end`,
    );
  }
  const { labels, text } = labelsValueSchema.parse(value);
  if (labels.length === 0) {
    return fail(`${resultAt}.value.labels must name a label`, `${resultAt}.value.labels`);
  }
  return succeed({ start: pair.start, end: pair.end, labelNames: labels, quote: text });
}

function readValence(
  attrs: RegionAttributes,
  regionId: string,
  annotationAt: string,
): ParseResult<number> {
  if (attrs.valence === undefined) return succeed(0);
  const valence = valenceSchema.safeParse(attrs.valence);
  if (valence.success) return succeed(valence.data);
  return fail(
    `${annotationAt}: valence of region "${regionId}" must be an integer from -2 to 2 (got ${attrs.valence})`,
    annotationAt,
  );
}

/** Null for results that are not `labels` regions (attributes, other tools' results). */
export function readRegion(
  result: unknown,
  resultIndex: number,
  attributes: Map<string, RegionAttributes>,
  place: RegionPlace,
): ParseResult<RegionReading | null> {
  if (!isJsonObject(result) || result.type !== 'labels') return succeed(null);
  const span = readSpanValue(result.value, place.resultAt);
  if (!span.ok) return span;
  const regionId = typeof result.id === 'string' && result.id !== '' ? result.id : `${resultIndex}`;
  const attrs = attributes.get(regionId) ?? {};
  const valence = readValence(attrs, regionId, place.annotationAt);
  if (!valence.ok) return valence;
  const voice = voiceSchema.safeParse(attrs.voice);
  const meta = regionMetaSchema.parse(result.meta);
  return succeed({
    regionId,
    ...span.value,
    valence: valence.value,
    voice: voice.success ? voice.data : 'own',
    target: attrs.target,
    note: meta.text,
    createdAt: timeOr(meta.framelens?.createdAt, place.created),
    updatedAt: timeOr(meta.framelens?.updatedAt, place.updated),
    fromFrameLens: meta.framelens !== undefined,
  });
}

export interface RegionPlacement {
  placement: Placement;
  /** Set when the file's offsets lie past the end of the text. */
  outside: string | null;
}

export function placeRegion(
  region: RegionReading,
  text: PlacementText,
  converter: OffsetConverter,
): RegionPlacement {
  const { start, end, quote } = region;
  const s16 = converter.toUtf16(start);
  const e16 = converter.toUtf16(end);
  const outside =
    s16 === null || e16 === null
      ? `offsets ${start}–${end} are past the end of the text (${converter.codePointLength} characters)`
      : null;
  const placed =
    outside !== null && quote === undefined
      ? ({ ok: false, reason: outside } as const)
      : placeSpan(text, s16 ?? start, e16 ?? end, quote);
  const placement =
    !placed.ok && outside !== null && placed.reason !== outside
      ? { ok: false as const, reason: `${outside}, and ${placed.reason}` }
      : placed;
  return { placement, outside };
}
