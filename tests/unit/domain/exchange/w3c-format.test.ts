import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  buildW3cCollection,
  parseW3c,
  serializeW3c,
  type W3cAnnotation,
  type W3cParseContext,
} from '../../../../src/domain/exchange/w3c-format';
import { carried, EMOJI_TEXT, sampleScope } from './sample-data';
import { loadW3cSuite, readSuiteSample } from './w3c-suite';

const ANNOTATION_MUSTS = 'annotations/annotationMusts.test';
const COLLECTION_MUSTS = 'collections/collectionMusts.test';
const PAGE_MUSTS = 'collections/pages/pageMusts.test';

function exportSample(): { json: string; scope: ReturnType<typeof sampleScope> } {
  const scope = sampleScope();
  const json = serializeW3c({
    annotations: scope.annotations,
    articles: scope.articles,
    codebook: defaultCodebook,
    annotators: scope.annotators,
    exportedAt: '2026-11-23T12:00:00.000Z',
  });
  return { json, scope };
}

function contextFor(scope: ReturnType<typeof sampleScope>): W3cParseContext {
  return {
    articles: scope.articles,
    codebook: defaultCodebook,
    fallbackAnnotatorId: 'me',
    importedAt: '2026-11-23T12:00:00.000Z',
  };
}

function itemFor(json: string, id: string): W3cAnnotation {
  const collection = JSON.parse(json) as { first: { items: W3cAnnotation[] } };
  const item = collection.first.items.find((entry) => entry.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

describe('W3C conformance (tests/fixtures/w3c-annotation-tests)', () => {
  // Throws — and so fails, never skips — when the suite folder is missing.
  const suite = loadW3cSuite();

  it('the harness really validates: the suite’s correct sample passes, an incorrect one fails', () => {
    expect(
      suite.failures(ANNOTATION_MUSTS, readSuiteSample('tools/samples/correct/anno1.json')),
    ).toEqual([]);
    // An annotation without a target fails "3.1-targetKeyFound".
    const broken = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:x',
      type: 'Annotation',
    };
    expect(suite.failures(ANNOTATION_MUSTS, broken)).not.toEqual([]);
    // The first validation compiles every schema of the suite (slow on a busy machine).
  }, 120_000);

  it('the exported collection and its embedded page pass every MUST assertion', () => {
    const collection = JSON.parse(exportSample().json) as unknown;
    expect(suite.mustCount(COLLECTION_MUSTS)).toBe(10);
    expect(suite.mustCount(PAGE_MUSTS)).toBe(15);
    expect(suite.failures(COLLECTION_MUSTS, collection)).toEqual([]);
    expect(suite.failures(PAGE_MUSTS, collection)).toEqual([]);
  });

  it('every exported annotation passes every MUST assertion of annotationMusts.test', () => {
    const collection = JSON.parse(exportSample().json) as { first: { items: unknown[] } };
    expect(suite.mustCount(ANNOTATION_MUSTS)).toBe(54);
    // 9 sample annotations − 1 rejected suggestion − 1 tombstone = 7 exported.
    expect(collection.first.items).toHaveLength(7);
    for (const item of collection.first.items) {
      expect(suite.failures(ANNOTATION_MUSTS, item)).toEqual([]);
    }
  });

  it('the embedded page, taken out of its collection, still passes every MUST assertion', () => {
    const collection = JSON.parse(exportSample().json) as { first: Record<string, unknown> };
    const page = collection.first;
    expect(page.type).toBe('AnnotationPage');
    // Standalone, only its own @context makes it JSON-LD (5.2-pageContextValidated).
    expect(suite.failures(PAGE_MUSTS, page)).toEqual([]);
  });

  it('an empty export is still a conforming collection', () => {
    const empty = buildW3cCollection({
      annotations: [],
      articles: [],
      codebook: defaultCodebook,
      annotators: [],
      exportedAt: '2026-11-23T12:00:00.000Z',
    });
    expect(empty.total).toBe(0);
    expect(suite.failures(COLLECTION_MUSTS, empty)).toEqual([]);
    expect(suite.failures(PAGE_MUSTS, empty)).toEqual([]);
  });
});

describe('W3C offsets are code points', () => {
  it('counts the flag emoji as two characters, not four', () => {
    const { json } = exportSample();
    const item = itemFor(json, 'urn:uuid:0192f3a4-0000-7000-8000-000000000007');
    // EMOJI_TEXT = "🇸🇾 Syria: the militants …". The flag is U+1F1F8 U+1F1FE: 2 code points,
    // 4 UTF-16 units. " Syria: the " is 12 characters, so "militants" (9 characters) starts
    // at UTF-16 4 + 12 = 16 and ends at 25, and at code point 2 + 12 = 14, ending at 23.
    expect(EMOJI_TEXT.slice(16, 25)).toBe('militants');
    expect(item.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 14, end: 23 });
    expect(Array.from(EMOJI_TEXT).slice(14, 23).join('')).toBe('militants');
  });

  it('shifts RT offsets after the mathematical bold name by its 8 astral letters', () => {
    const { json, scope } = exportSample();
    const rt = scope.articles[1];
    const annotation = scope.annotations[5];
    if (!rt || !annotation) throw new Error('sample changed');
    // "acknowledged" comes after "— 𝗡𝗶𝗼𝗵 𝗕𝗲𝗿𝗴 ♛ ✡︎": N i o h B e r g are 8 letters from the
    // Mathematical Alphanumeric Symbols block (U+1D5xx), 2 UTF-16 units each; ♛ (U+265B), ✡
    // (U+2721) and the variation selector U+FE0E are 1 unit each. No other astral character
    // precedes it, so code point offset = UTF-16 offset − 8.
    expect(rt.text.slice(annotation.start, annotation.end)).toBe('acknowledged');
    const item = itemFor(json, `urn:uuid:${annotation.id}`);
    expect(item.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: annotation.start - 8,
      end: annotation.end - 8,
    });
    expect(
      Array.from(rt.text)
        .slice(annotation.start - 8, annotation.end - 8)
        .join(''),
    ).toBe('acknowledged');
  });
});

describe('W3C encoding', () => {
  it('writes the label as a tagging body and the attributes as describing bodies', () => {
    const { json } = exportSample();
    const item = itemFor(json, 'urn:uuid:0192f3a4-0000-7000-8000-000000000003');
    expect(item.motivation).toBe('tagging');
    expect(item.creator).toEqual({
      id: 'urn:uuid:0192f3a4-5b6c-7d8e-9f00-112233445566',
      type: 'Person',
      name: 'Teacher <b>Ali</b>',
    });
    expect(item.body.map((body) => [body.purpose, body.value])).toEqual([
      ['tagging', 'Loaded language'],
      ['describing', 'target: hts'],
      ['describing', 'valence: 2'],
      ['describing', 'voice: quoted'],
      ['describing', 'note: Scare quotes?\n<script>alert("x")</script> & "more"'],
    ]);
    expect(item.body[0]?.['framelens:labelId']).toBe('loaded-language');
    expect(item.target.source).toBe(
      'https://levant24.com/news/2024/09/hts-commandos-capture-regime-soldiers-in-retaliatory-operation',
    );
  });

  it('uses urn:sha256 for articles without a link and encodes non-UUID ids', () => {
    const { json, scope } = exportSample();
    const rt = scope.articles[1];
    const item = itemFor(json, 'urn:framelens:annotation:not-a-uuid%2Fwith%20spaces');
    expect(item.creator.id).toBe('urn:framelens:annotator:ann-1');
    const rtItem = itemFor(json, 'urn:uuid:0192f3a4-0000-7000-8000-000000000005');
    expect(rtItem.target.source).toBe(`urn:sha256:${rt?.textHash}`);
  });
});

describe('W3C parse', () => {
  it('round-trips every accepted, live annotation exactly', () => {
    const { json, scope } = exportSample();
    const parsed = parseW3c(json, contextFor(scope));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value.annotations).toEqual(carried(scope.annotations));
    expect(parsed.value.orphaned).toEqual([]);
    expect(parsed.value.annotators).toEqual([
      { id: 'ann-1', name: 'Rana', role: 'annotator' },
      { id: '0192f3a4-5b6c-7d8e-9f00-112233445566', name: 'Teacher <b>Ali</b>', role: 'annotator' },
    ]);
  });

  it('converts code points back to UTF-16 with the article text', () => {
    const { json, scope } = exportSample();
    const parsed = parseW3c(json, contextFor(scope));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const emoji = parsed.value.annotations.find((a) => a.articleId === 'art-emoji');
    // Code points 14–23 → UTF-16 16–25 (see above).
    expect(emoji).toMatchObject({ start: 16, end: 25, exact: 'militants' });
  });

  it('lists labels the codebook does not know instead of failing', () => {
    const { scope } = exportSample();
    const collection = JSON.parse(exportSample().json) as { first: { items: W3cAnnotation[] } };
    const first = collection.first.items[0];
    if (!first?.body[0]) throw new Error('sample changed');
    first.body[0].value = 'Euphemism';
    delete first.body[0]['framelens:labelId'];
    const parsed = parseW3c(JSON.stringify(collection), contextFor(scope));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.unknownLabels).toEqual([{ name: 'Euphemism', count: 1 }]);
    expect(parsed.value.needsLabel).toHaveLength(1);
    expect(parsed.value.annotations).toHaveLength(6);
  });

  it('orphans annotations whose article is unknown, and re-anchors a wrong position by its quote', () => {
    const { scope } = exportSample();
    const collection = JSON.parse(exportSample().json) as { first: { items: W3cAnnotation[] } };
    const [first, second] = collection.first.items;
    if (!first || !second) throw new Error('sample changed');
    first.target.source = 'https://example.org/unknown';
    first.target['framelens:textHash'] = '0'.repeat(64);
    // "Assad regime" given 7 code points too early: the quote finds it again.
    second.target.selector[1].start -= 7;
    second.target.selector[1].end -= 7;
    const parsed = parseW3c(JSON.stringify(collection), contextFor(scope));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.orphaned).toHaveLength(1);
    expect(parsed.value.orphaned[0]?.reason).toBe(
      'its article (https://example.org/unknown) is not in your library',
    );
    const regime = parsed.value.annotations.find((a) => a.exact === 'Assad regime');
    expect(regime).toEqual(carried(scope.annotations)[1]);
  });

  it('reports a bad valence with where it is', () => {
    const { scope } = exportSample();
    const collection = JSON.parse(exportSample().json) as { first: { items: W3cAnnotation[] } };
    const body = collection.first.items[2]?.body[2];
    if (!body) throw new Error('sample changed');
    body.value = 'valence: 7';
    const parsed = parseW3c(JSON.stringify(collection), contextFor(scope));
    expect(parsed).toEqual({
      ok: false,
      error: {
        message: 'first.items[2].body: "valence: 7" must be an integer from -2 to 2',
        path: 'first.items[2].body',
      },
    });
  });

  it('refuses a collection whose page is only linked', () => {
    const parsed = parseW3c(
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://example.org/c',
        type: 'AnnotationCollection',
        first: 'https://example.org/c/page1',
      }),
      contextFor(sampleScope()),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.path).toBe('first');
  });
});
