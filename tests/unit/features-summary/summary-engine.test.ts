import { describe, expect, test, vi } from 'vitest';
import type {
  SummaryReadOptions,
  SummarySource,
} from '../../../src/db/repositories/summary-repository';
import type { Annotation, Article, Outlet } from '../../../src/domain/types';
import { SummaryEngine } from '../../../src/workers/summary-engine';
import { SUPERSEDED, type SummaryProgress } from '../../../src/workers/summary-protocol';

const outlets: Outlet[] = [
  { id: 'o-a', name: 'Alpha', nameKey: 'alpha' },
  { id: 'o-b', name: 'Beta', nameKey: 'beta' },
];

function article(id: string, outletId: string, text: string): Article {
  return {
    id,
    outletId,
    title: `Title ${id}`,
    url: null,
    published: '2024-09',
    language: 'en',
    text,
    textHash: id,
    wordCount: text.split(' ').length,
    source: 'paste',
    addedAt: '2026-11-23T00:00:00.000Z',
  };
}

function annotation(id: string, articleId: string, text: string, exact: string): Annotation {
  const start = text.indexOf(exact);
  return {
    id,
    articleId,
    start,
    end: start + exact.length,
    exact,
    prefix: '',
    suffix: '',
    labelId: 'actor-label',
    target: 'hts',
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId: 'ghost',
    status: 'accepted',
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
    deleted: 0,
  };
}

/** For sources whose articles carry their texts: the concordance quotes those. */
const noTexts = async () => [];

const textA = 'The militants took the town from the regime.';
const textB = 'Terrorists attacked, the army said of the terrorists.';

function source(): SummarySource {
  return {
    articles: [article('a1', 'o-a', textA), article('b1', 'o-b', textB)],
    outlets,
    annotations: [
      annotation('n1', 'a1', textA, 'militants'),
      annotation('n2', 'b1', textB, 'Terrorists'),
      annotation('n3', 'b1', textB, 'terrorists'),
    ],
    labels: [
      {
        id: 'actor-label',
        name: 'Actor label',
        category: '',
        color: '#E69F00',
        key: '1',
        description: '',
      },
    ],
    actors: [{ id: 'hts', name: 'HTS', aliases: [] }],
    lexicon: [
      {
        id: 'l1',
        pattern: 'terrorist',
        forms: ['terrorist', 'terrorists'],
        labelId: 'actor-label',
        valence: -2,
        canonical: 'terrorist',
        note: '',
      },
    ],
    annotators: [],
  };
}

describe('summary engine (the worker’s state)', () => {
  test('reads the corpus once per data version and reports reading, then computing', async () => {
    const load = vi.fn(async (onTableRead: (table: never) => void) => {
      for (let i = 0; i < 6; i++) onTableRead(undefined as never);
      return source();
    });
    const engine = new SummaryEngine(load, noTexts);
    const progress: SummaryProgress[] = [];

    const first = await engine.summarize({ version: 'v1', filter: {} }, (p) => progress.push(p));
    expect(first.summary.totals).toEqual({ outlets: 2, articles: 2, words: 16, annotations: 3 });
    expect(progress[0]).toEqual({ stage: 'reading', done: 0, total: 6 });
    expect(progress).toContainEqual({ stage: 'reading', done: 6, total: 6 });
    expect(progress.at(-1)).toEqual({ stage: 'computing', done: 1, total: 1 });

    // A filter change reuses what was read; a new version reads again.
    const beta = await engine.summarize({ version: 'v1', filter: { outletIds: ['o-b'] } });
    expect(beta.summary.totals.annotations).toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
    await engine.summarize({ version: 'v2', filter: {} });
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('the catalog lists every choice, including annotators known only from annotations', async () => {
    const engine = new SummaryEngine(async () => source(), noTexts);
    const { catalog } = await engine.summarize({ version: 'v1', filter: { outletIds: ['o-a'] } });
    expect(catalog.outlets).toEqual([
      { id: 'o-a', name: 'Alpha', articles: 1 },
      { id: 'o-b', name: 'Beta', articles: 1 },
    ]);
    expect(catalog.annotators).toEqual([{ id: 'ghost', name: 'ghost' }]);
    expect(catalog.labels).toEqual([{ id: 'actor-label', name: 'Actor label', color: '#E69F00' }]);
    expect(catalog.annotations).toBe(3);
    expect(catalog.firstArticle).toEqual({ id: 'a1', title: 'Title a1' });
  });

  test('answers concordance queries from the data it keeps, on the same filter', async () => {
    const load = vi.fn(async () => source());
    const engine = new SummaryEngine(load, noTexts);
    await engine.summarize({ version: 'v1', filter: {} });
    const lines = await engine.concordance({ version: 'v1', filter: {}, term: 'terrorist' });
    expect(lines.map((line) => [line.outletName, line.keyword, line.right])).toEqual([
      ['Beta', 'Terrorists', ' attacked, the army said of the terrorists.'],
      ['Beta', 'terrorists', '.'],
    ]);
    expect(
      await engine.concordance({
        version: 'v1',
        filter: { outletIds: ['o-a'] },
        term: 'terrorist',
      }),
    ).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('reads the texts a concordance quotes when it is asked, and only those', async () => {
    // The summary reads articles without texts, as from the article cards.
    const withoutTexts = (): SummarySource => ({
      ...source(),
      articles: [article('a1', 'o-a', textA), article('b1', 'o-b', textB)].map(
        ({ text: _text, ...card }) => card,
      ),
    });
    const texts = new Map([
      ['a1', textA],
      ['b1', textB],
    ]);
    const asked: string[][] = [];
    const loadTexts = async (ids: readonly string[]) => {
      asked.push([...ids]);
      return ids.map((id) => ({ id, textHash: id, text: texts.get(id) ?? '' }));
    };
    const engine = new SummaryEngine(async () => withoutTexts(), loadTexts);
    await engine.summarize({ version: 'v1', filter: {} });
    expect(asked).toEqual([]);

    // "terrorist" is quoted from b1 only (n2, n3); a1 holds "militants".
    const lines = await engine.concordance({ version: 'v1', filter: {}, term: 'terrorist' });
    expect(lines.map((line) => [line.keyword, line.right])).toEqual([
      ['Terrorists', ' attacked, the army said of the terrorists.'],
      ['terrorists', '.'],
    ]);
    expect(asked).toEqual([['b1']]);

    // Another filter quoting the same article reads nothing again; a new article is read.
    await engine.concordance({ version: 'v1', filter: { voices: ['own'] }, term: 'terrorist' });
    const militants = await engine.concordance({ version: 'v1', filter: {}, term: 'militants' });
    expect(militants.map((line) => line.left)).toEqual(['The ']);
    expect(asked).toEqual([['b1'], ['a1']]);
  });

  test('a request overtaken by a newer one before computing is dropped', async () => {
    const engine = new SummaryEngine(async () => source(), noTexts);
    const older = engine.summarize({ version: 'v1', filter: {} });
    const newer = engine.summarize({ version: 'v1', filter: { voices: ['own'] } });
    await expect(older).rejects.toThrow(SUPERSEDED);
    expect((await newer).summary.totals.annotations).toBe(3);
  });

  test('a failed read is reported, and the next request tries again', async () => {
    let fail = true;
    const engine = new SummaryEngine(async () => {
      if (fail) throw new Error('disk on fire');
      return source();
    }, noTexts);
    await expect(engine.summarize({ version: 'v1', filter: {} })).rejects.toThrow('disk on fire');
    fail = false;
    expect((await engine.summarize({ version: 'v1', filter: {} })).summary.totals.articles).toBe(2);
  });
});

/** A loader that hands the annotations over in parts through the read hooks, like IndexedDB. */
function streamingLoad(full: SummarySource, partSize: number) {
  const calls: (SummaryReadOptions | undefined)[] = [];
  const load = async (_onTableRead: unknown, options?: SummaryReadOptions) => {
    calls.push(options);
    const { annotations, ...corpus } = full;
    options?.onCorpus?.(corpus);
    for (let i = 0; i < annotations.length; i += partSize) {
      options?.onAnnotations?.(annotations.slice(i, i + partSize));
    }
    return full;
  };
  return { load, calls };
}

describe('summary engine — counting while the read goes on', () => {
  test('counts the parts as they arrive: the same summary and catalog as from the whole', async () => {
    const plain = await new SummaryEngine(async () => source(), noTexts).summarize({
      version: 'v1',
      filter: {},
    });
    const withGhosts = source();
    // A second annotator, unknown to this browser, in the second part only.
    withGhosts.annotations[2] = { ...withGhosts.annotations[2]!, annotatorId: 'casper' };
    const { load } = streamingLoad(withGhosts, 2);
    const streamed = await new SummaryEngine(load, noTexts).summarize({
      version: 'v1',
      filter: {},
    });

    expect(streamed.summary).toEqual(plain.summary);
    expect(streamed.catalog.annotators).toEqual([
      { id: 'casper', name: 'casper' },
      { id: 'ghost', name: 'ghost' },
    ]);
    expect({ ...streamed.catalog, annotators: [] }).toEqual({ ...plain.catalog, annotators: [] });
  });

  test('splits the next read every 10,000 annotations of the last one', async () => {
    const big = source();
    const [template] = big.annotations;
    if (!template) throw new Error('fixture: no annotation');
    // 25,000 annotations n00000…n24999: split at the 10,000th and 20,000th.
    big.annotations = Array.from({ length: 25_000 }, (_, i) => ({
      ...template,
      id: `n${String(i).padStart(5, '0')}`,
    }));
    const { load, calls } = streamingLoad(big, 10_000);
    const engine = new SummaryEngine(load, noTexts);
    await engine.summarize({ version: 'v1', filter: {} });
    await engine.summarize({ version: 'v2', filter: {} });
    expect(calls.map((options) => options?.splitAt)).toEqual([[], ['n10000', 'n20000']]);
  });

  test('a loader that skips the hooks, or hands over only some parts, still counts everything', async () => {
    const partial = async (_onTableRead: unknown, options?: SummaryReadOptions) => {
      const full = source();
      options?.onCorpus?.({ ...full });
      options?.onAnnotations?.(full.annotations.slice(0, 1));
      return full;
    };
    const result = await new SummaryEngine(partial, noTexts).summarize({
      version: 'v1',
      filter: {},
    });
    expect(result.summary.totals.annotations).toBe(3);
    expect(result.catalog.annotations).toBe(3);
  });

  test('a bad filter fails as before, and the read is kept for the next request', async () => {
    const { load, calls } = streamingLoad(source(), 1);
    const engine = new SummaryEngine(load, noTexts);
    await expect(
      engine.summarize({ version: 'v1', filter: { dateFrom: '2024-13' } }),
    ).rejects.toThrow(RangeError);
    const ok = await engine.summarize({ version: 'v1', filter: {} });
    expect(ok.summary.totals.annotations).toBe(3);
    expect(calls).toHaveLength(1);
  });
});
