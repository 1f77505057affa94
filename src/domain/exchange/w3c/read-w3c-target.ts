import { isJsonObject } from '../read-input';
import { describeValue, fail, succeed, type ParseResult } from '../result';
import { ANNOTATOR_URN, fromIri } from './w3c-ids';
import { asList, hasType, stringOrId, type Json } from './w3c-json';
import { readOffsetPair, textPositionSchema, textQuoteSelectorSchema } from './w3c-schemas';

export interface TargetReading {
  source: string;
  hashHint: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Code points. */
  position: { start: number; end: number } | null;
}

function readPosition(selector: Json, at: string): ParseResult<{ start: number; end: number }> {
  const { start, end } = selector;
  const pair = readOffsetPair({ start, end }, textPositionSchema);
  if (pair.ok) return succeed({ start: pair.start, end: pair.end });
  if (pair.problem === 'not-whole') {
    return fail(
      `${at}.target: TextPositionSelector start and end must be whole numbers ≥ 0 (got ${describeValue(start)}, ${describeValue(end)})`,
      `${at}.target.selector`,
    );
  }
  return fail(
    `${at}.target: TextPositionSelector end (${String(end)}) is before start (${String(start)})`,
    `${at}.target.selector`,
  );
}

function hashHintOf(target: Json, source: string): string {
  if (typeof target['framelens:textHash'] === 'string') return target['framelens:textHash'];
  return source.startsWith('urn:sha256:') ? source.slice('urn:sha256:'.length) : '';
}

export function readW3cTarget(item: Json, at: string): ParseResult<TargetReading> {
  const targetValue = asList(item.target)[0];
  const target = isJsonObject(targetValue) ? targetValue : {};
  const source = stringOrId(isJsonObject(targetValue) ? targetValue.source : targetValue) ?? '';
  const reading: TargetReading = {
    source,
    hashHint: hashHintOf(target, source),
    quote: null,
    position: null,
  };
  for (const selector of asList(target.selector).filter(isJsonObject)) {
    const quote = hasType(selector, 'TextQuoteSelector')
      ? textQuoteSelectorSchema.safeParse(selector)
      : null;
    if (quote?.success) {
      reading.quote = quote.data;
    } else if (hasType(selector, 'TextPositionSelector')) {
      const position = readPosition(selector, at);
      if (!position.ok) return position;
      reading.position = position.value;
    }
  }
  return succeed(reading);
}

export function readW3cCreator(item: Json): { id: string; name: string } | null {
  const creator = asList(item.creator)[0];
  const iri = stringOrId(creator);
  if (!iri) return null;
  const id = fromIri(iri, ANNOTATOR_URN);
  const object = isJsonObject(creator) ? creator : {};
  const name =
    typeof object.name === 'string'
      ? object.name
      : typeof object.nickname === 'string'
        ? object.nickname
        : id;
  return { id, name };
}
