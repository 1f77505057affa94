import { describe, expect, test } from 'vitest';
import type { AgreementReport } from '../../../src/domain/agreement/agreement-types';
import type { CurationGroup } from '../../../src/domain/agreement/curation-types';
import type {
  DisagreementMap,
  MapAnnotation,
  MapInput,
} from '../../../src/domain/agreement/disagreement-types';
import { wordTokens, type WordTokens } from '../../../src/domain/agreement/word-tokens';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import type {
  AgreementArticleSource,
  AgreementBase,
} from '../../../src/db/repositories/agreement-repository';
import type { Annotation, Article } from '../../../src/domain/types';
import {
  AgreementEngine,
  type AgreementComputations,
  type AgreementReads,
} from '../../../src/workers/agreement/agreement-engine';
import { packMapSpans } from '../../../src/workers/agreement/map-spans';
import { makeAnnotation } from '../db/exchange-test-helpers';

const TEXTS: Record<string, string> = {
  'art-1': 'Militants seized the town, the army said.',
  'art-2': 'Rebels entered the city at dawn.',
  'art-3': 'A third text nobody coded.',
};

function article(id: string): Article {
  return {
    id,
    outletId: 'outlet-1',
    title: `Title of ${id}`,
    url: null,
    published: '2024-11-28',
    language: 'en',
    text: TEXTS[id] ?? '',
    textHash: `hash-${id}`,
    wordCount: 0,
    source: 'paste',
    addedAt: '2026-11-20T10:00:00.000Z',
  };
}

/** The words an annotation covers (the map's input keeps no `exact`). */
const wordsOf = (annotation: MapAnnotation) =>
  (TEXTS[annotation.articleId] ?? '').slice(annotation.start, annotation.end);

const annotationOn = (articleId: string, exact: string, annotatorId: string): Annotation =>
  makeAnnotation(articleId, TEXTS[articleId] ?? '', exact, { annotatorId });

function fakeBase(): AgreementBase {
  return {
    annotations: [
      annotationOn('art-1', 'Militants', 'ann-a'),
      annotationOn('art-1', 'seized', 'ann-b'),
      annotationOn('art-2', 'Rebels', 'ann-a'),
    ],
    annotators: [
      { id: 'ann-a', name: 'Ada', role: 'annotator' },
      { id: 'ann-b', name: 'Ben', role: 'annotator' },
    ],
    labels: defaultCodebook.labels,
    actors: defaultCodebook.actors,
    outlets: [{ id: 'outlet-1', name: 'Example Wire', nameKey: 'example wire' }],
    articles: ['art-1', 'art-2', 'art-3'].map((id) => {
      const { text, ...card } = article(id);
      void text;
      return card;
    }),
    doneMarks: [{ annotatorId: 'ann-b', articleId: 'art-2' }],
    submitted: [],
  };
}

/** Reads that count their calls; `base` can be held back to test requests meanwhile. */
function countingReads() {
  const calls = { base: 0, texts: [] as string[][], article: [] as string[] };
  let release: (() => void) | null = null;
  let holding = false;
  const reads: AgreementReads = {
    base: async () => {
      calls.base += 1;
      if (holding) await new Promise<void>((resolve) => (release = resolve));
      return fakeBase();
    },
    texts: async (ids) => {
      calls.texts.push([...ids]);
      return new Map(ids.map((id) => [id, TEXTS[id] ?? '']));
    },
    article: async (articleId): Promise<AgreementArticleSource | null> => {
      calls.article.push(articleId);
      const base = fakeBase();
      return {
        article: article(articleId),
        annotations: base.annotations.filter((a) => a.articleId === articleId),
        annotators: base.annotators,
        labels: base.labels,
        doneMarks: base.doneMarks.filter((mark) => mark.articleId === articleId),
        submitted: [],
      };
    },
  };
  return {
    reads,
    calls,
    hold: () => (holding = true),
    release: () => {
      holding = false;
      release?.();
    },
  };
}

/** Records every input the domain is given and answers with placeholders. */
function recordingCompute() {
  const inputs: { measure: string; input: MapInput }[] = [];
  const mapTokens: (WordTokens | undefined)[] = [];
  const compute: AgreementComputations = {
    computeAgreement: (input) => {
      inputs.push({ measure: 'agreement', input });
      return { annotators: [] } as unknown as AgreementReport;
    },
    disagreementMap: (input, articleId, _, tokens) => {
      inputs.push({ measure: 'map', input });
      mapTokens.push(tokens);
      return { articleId, annotators: [], runs: [], contested: [] } satisfies DisagreementMap;
    },
    curationGroups: (input) => {
      inputs.push({ measure: 'groups', input });
      return [] as CurationGroup[];
    },
  };
  return { compute, inputs, mapTokens };
}

const everything = { annotatorIds: null, articleIds: null };

describe('the agreement engine', () => {
  test('reads once per data version: the same version reuses it, a new one reads again', async () => {
    const { reads, calls } = countingReads();
    const engine = new AgreementEngine(reads, recordingCompute().compute);

    await engine.agreement({ version: 'v1', selection: everything });
    await engine.agreement({ version: 'v1', selection: everything });
    await engine.curationGroups({ version: 'v1', annotatorIds: ['ann-a'], articleIds: ['art-1'] });
    expect(calls.base).toBe(1);

    await engine.agreement({ version: 'v2', selection: everything });
    expect(calls.base).toBe(2);
  });

  test('concurrent requests of one version share one read', async () => {
    const { reads, calls, hold, release } = countingReads();
    const engine = new AgreementEngine(reads, recordingCompute().compute);
    hold();
    const first = engine.agreement({ version: 'v1', selection: everything });
    const second = engine.agreement({
      version: 'v1',
      selection: { annotatorIds: null, articleIds: ['art-2'] },
    });
    const third = engine.curationGroups({ version: 'v1', annotatorIds: [], articleIds: [] });
    await Promise.resolve();
    release();
    await Promise.all([first, second, third]);
    expect(calls.base).toBe(1);
  });

  test('texts are read once for the chosen articles only, and kept for the next version', async () => {
    const { reads, calls } = countingReads();
    const { compute, inputs } = recordingCompute();
    const engine = new AgreementEngine(reads, compute);

    // Default articles: those someone coded — art-1 (Ada, Ben) and art-2 (Ada; Ben's done mark).
    await engine.agreement({ version: 'v1', selection: everything });
    expect(calls.texts.map((ids) => [...ids].sort())).toEqual([['art-1', 'art-2']]);
    const input = inputs[0]?.input;
    expect(input?.articles.map((a) => a.id).sort()).toEqual(['art-1', 'art-2']);
    expect(input?.articles.find((a) => a.id === 'art-1')?.text).toBe(TEXTS['art-1']);
    // The tokens handed over are those of the text.
    expect(input?.tokens?.('art-1')).toEqual(wordTokens(TEXTS['art-1'] ?? ''));

    await engine.agreement({
      version: 'v2',
      selection: { annotatorIds: null, articleIds: ['art-2'] },
    });
    // Same text hashes: nothing more is read; only art-2's annotation is handed over.
    expect(calls.texts).toHaveLength(1);
    expect(inputs[1]?.input.annotations.map(wordsOf)).toEqual(['Rebels']);
    expect(inputs[1]?.input.doneMarks).toEqual([{ annotatorId: 'ann-b', articleId: 'art-2' }]);
  });

  test('the catalog lists who coded what, and the progress goes reading then computing', async () => {
    const { reads } = countingReads();
    const engine = new AgreementEngine(reads, recordingCompute().compute);
    const stages: string[] = [];
    const result = await engine.agreement({ version: 'v1', selection: everything }, (progress) =>
      stages.push(`${progress.stage} ${progress.done}/${progress.total}`),
    );
    expect(stages).toEqual([
      'reading 0/2',
      'reading 1/2',
      'reading 2/2',
      'computing 0/1',
      'computing 1/1',
    ]);
    // Ada: art-1 and art-2 (annotations) = 2; Ben: art-1 (annotation) + art-2 (done mark) = 2.
    expect(result.catalog.annotators).toEqual([
      { id: 'ann-a', name: 'Ada', articles: 2, gold: false },
      { id: 'ann-b', name: 'Ben', articles: 2, gold: false },
    ]);
    expect(result.catalog.articles.map((a) => [a.id, a.coders, a.outletName])).toEqual([
      ['art-1', 2, 'Example Wire'],
      ['art-2', 2, 'Example Wire'],
    ]);
  });

  test('the map reads only its article until the base is read for the same version', async () => {
    const { reads, calls } = countingReads();
    const { compute, inputs } = recordingCompute();
    const engine = new AgreementEngine(reads, compute);

    const first = await engine.disagreementMap({
      version: 'v1',
      articleId: 'art-1',
      annotatorIds: null,
    });
    expect(calls.base).toBe(0);
    expect(calls.article).toEqual(['art-1']);
    expect(calls.texts).toEqual([]);
    expect(inputs[0]?.input.articles.map((a) => a.id)).toEqual(['art-1']);
    expect(first.coders.map((coder) => coder.name)).toEqual(['Ada', 'Ben']);
    expect(first.labels).toHaveLength(defaultCodebook.labels.length);

    await engine.agreement({ version: 'v1', selection: everything });
    const second = await engine.disagreementMap({
      version: 'v1',
      articleId: 'art-2',
      annotatorIds: null,
    });
    // From the base: no per-article read; art-2's text was read with the agreement request.
    expect(calls.article).toEqual(['art-1']);
    expect(calls.texts.flat()).not.toContain('art-3');
    expect(inputs.at(-1)?.input.annotations.map(wordsOf)).toEqual(['Rebels']);
    // art-2: Ada by annotation, Ben by done mark.
    expect(second.coders.map((coder) => coder.id)).toEqual(['ann-a', 'ann-b']);

    // A newer version than the base read: the article alone again.
    await engine.disagreementMap({ version: 'v2', articleId: 'art-1', annotatorIds: null });
    expect(calls.article).toEqual(['art-1', 'art-1']);
    expect(calls.base).toBe(1);
  });

  test('the map gets the kept word tokens, tokenised once while the text is the same', async () => {
    const { reads } = countingReads();
    const { compute, mapTokens } = recordingCompute();
    const engine = new AgreementEngine(reads, compute);
    await engine.disagreementMap({ version: 'v1', articleId: 'art-1', annotatorIds: null });
    await engine.disagreementMap({ version: 'v2', articleId: 'art-1', annotatorIds: null });
    expect(mapTokens[0]).toEqual(wordTokens(TEXTS['art-1'] ?? ''));
    // A new data version, the same text hash: the very same tokens, not tokenised again.
    expect(mapTokens[1]).toBe(mapTokens[0]);
  });

  test('the map uses the annotations the reader hands over, reading none itself', async () => {
    const { reads } = countingReads();
    const asked: ({ annotations: boolean } | undefined)[] = [];
    const read = reads.article;
    reads.article = (articleId, options) => {
      asked.push(options);
      return read(articleId, options);
    };
    const { compute, inputs, mapTokens } = recordingCompute();
    const engine = new AgreementEngine(reads, compute);

    // Opened at the map's address: the text is read and split into words ahead.
    await engine.prepareArticle('art-1', 'c1');
    const kept = annotationOn('art-1', 'town', 'ann-b');
    const deleted = { ...annotationOn('art-1', 'army', 'ann-a'), deleted: 1 as const };
    const rejected = {
      ...annotationOn('art-1', 'said', 'ann-a'),
      status: 'rejected-suggestion' as const,
    };
    const elsewhere = annotationOn('art-2', 'Rebels', 'ann-a');
    await engine.disagreementMap({
      version: 'v1',
      codingVersion: 'c1',
      articleId: 'art-1',
      annotatorIds: null,
      spans: packMapSpans([kept, deleted, rejected, elsewhere], 'art-1'),
    });

    // One read, ahead, of the same coding version: the request reads nothing more.
    expect(asked).toEqual([{ annotations: false }]);
    // Only the accepted, live annotation on this article counts — not the ones the read holds.
    expect(inputs[0]?.input.annotations.map(wordsOf)).toEqual(['town']);
    expect(inputs[0]?.input.annotations.map((a) => [a.annotatorId, a.labelId])).toEqual([
      [kept.annotatorId, kept.labelId],
    ]);
    expect(mapTokens[0]).toEqual(wordTokens(TEXTS['art-1'] ?? ''));
  });

  test('who coded the article is read again when the coding tables changed since', async () => {
    const { reads } = countingReads();
    let articleReads = 0;
    const read = reads.article;
    reads.article = (articleId, options) => {
      articleReads += 1;
      return read(articleId, options);
    };
    const engine = new AgreementEngine(reads, recordingCompute().compute);
    await engine.prepareArticle('art-1', 'c1');
    const spans = () => packMapSpans([annotationOn('art-1', 'town', 'ann-b')], 'art-1');
    const request = { version: 'v1', articleId: 'art-1', annotatorIds: null };
    await engine.disagreementMap({ ...request, codingVersion: 'c2', spans: spans() });
    // c2 is not what was read ahead (c1): read again, and kept for c2.
    expect(articleReads).toBe(2);
    await engine.disagreementMap({ ...request, codingVersion: 'c2', spans: spans() });
    expect(articleReads).toBe(2);
  });

  test('a map of an article that is not there fails with a message', async () => {
    const { reads } = countingReads();
    reads.article = async () => null;
    const engine = new AgreementEngine(reads, recordingCompute().compute);
    await expect(
      engine.disagreementMap({ version: 'v1', articleId: 'gone', annotatorIds: null }),
    ).rejects.toThrow('The article gone is not in the library');
  });

  test('a failed read is not kept: the next request reads again', async () => {
    const { reads, calls } = countingReads();
    const working = reads.base;
    reads.base = async () => {
      calls.base += 1;
      throw new Error('disk on fire');
    };
    const engine = new AgreementEngine(reads, recordingCompute().compute);
    await expect(engine.agreement({ version: 'v1', selection: everything })).rejects.toThrow(
      'disk on fire',
    );
    reads.base = working;
    await engine.agreement({ version: 'v1', selection: everything });
    expect(calls.base).toBe(2);
  });
});
