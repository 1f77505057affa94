import type { Voice } from '../../types';
import { isJsonObject } from '../read-input';
import { fail, succeed, type ParseResult } from '../result';
import { asList, type Json } from './w3c-json';
import { readValence, readVoice } from './w3c-schemas';

/** The label and the FrameLens attributes read from an annotation's bodies. */
export interface BodyReading {
  labelName: string;
  labelHint: string;
  target: string | null;
  unknownTarget: string | null;
  valence: number;
  voice: Voice;
  note: string;
}

const DESCRIBING = /^(target|valence|voice|note): ?([\s\S]*)$/;

function purposes(body: Json): unknown[] {
  return asList(body.purpose);
}

function textualBodies(item: Json): Json[] {
  const bodies = asList(item.body).filter(isJsonObject);
  if (typeof item.bodyValue === 'string') {
    bodies.push({ type: 'TextualBody', value: item.bodyValue });
  }
  return bodies.filter((body) => typeof body.value === 'string');
}

function findTag(textual: readonly Json[]): Json | undefined {
  return (
    textual.find((body) => purposes(body).some((p) => p === 'tagging' || p === 'classifying')) ??
    textual.find((body) => !purposes(body).includes('describing'))
  );
}

/** Applies one `key: value` describing body; fails on a valence or voice out of range. */
function readDescribing(
  reading: BodyReading,
  value: string,
  at: string,
  findActor: (idOrName: string) => { id: string } | null,
): ParseResult<true> {
  const match = DESCRIBING.exec(value);
  const key = match?.[1];
  const raw = match?.[2] ?? '';
  if (key === 'valence') {
    const valence = readValence(raw);
    if (valence === null) {
      return fail(`${at}.body: "valence: ${raw}" must be an integer from -2 to 2`, `${at}.body`);
    }
    reading.valence = valence;
  } else if (key === 'voice') {
    const voice = readVoice(raw);
    if (voice === null) {
      return fail(`${at}.body: "voice: ${raw}" must be own, quoted or attributed`, `${at}.body`);
    }
    reading.voice = voice;
  } else if (key === 'target' && raw !== '') {
    reading.target = findActor(raw)?.id ?? null;
    if (reading.target === null) reading.unknownTarget = raw;
  } else if (key === 'note') {
    reading.note = raw;
  }
  return succeed(true);
}

/** Null when there is no tagging body (the annotation is then skipped, with a warning). */
export function readW3cBodies(
  item: Json,
  at: string,
  findActor: (idOrName: string) => { id: string } | null,
): ParseResult<BodyReading | null> {
  const textual = textualBodies(item);
  const tag = findTag(textual);
  if (!tag) return succeed(null);
  const labelName = String(tag.value);
  const reading: BodyReading = {
    labelName,
    labelHint: typeof tag['framelens:labelId'] === 'string' ? tag['framelens:labelId'] : labelName,
    target: null,
    unknownTarget: null,
    valence: 0,
    voice: 'own',
    note: '',
  };
  for (const body of textual) {
    if (body === tag || !purposes(body).includes('describing')) continue;
    const read = readDescribing(reading, String(body.value), at, findActor);
    if (!read.ok) return read;
  }
  return succeed(reading);
}
