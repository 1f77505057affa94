import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type {
  SummaryReadOptions,
  SummarySource,
} from '../../../src/db/repositories/summary-repository';
import { computeSummary, concordance, prepareSummary } from '../../../src/domain/summary';
import type { SummaryFilter, SummaryInput } from '../../../src/domain/summary/summary-types';
import type { Annotation, Voice } from '../../../src/domain/types';
import { buildCatalog } from '../../../src/workers/summary-catalog';
import { SummaryEngine } from '../../../src/workers/summary-engine';
import {
  fixtureActors,
  fixtureAnnotations,
  fixtureArticles,
  fixtureInput,
  fixtureLabels,
  fixtureLexicon,
  fixtureOutlets,
} from '../../fixtures/summary/seed-annotations';

/** The seed fixture as the repository reads it: article cards without texts, full records. */
function storedSource(annotations: Annotation[]): SummarySource {
  return {
    articles: fixtureArticles.map(({ text: _text, ...article }) => ({
      ...article,
      title: `Title of ${article.id}`,
      url: null,
      language: 'en',
      textHash: `hash-${article.id}`,
      source: 'seed',
      addedAt: '2024-12-01T10:00:00.000Z',
    })),
    outlets: fixtureOutlets.map((outlet) => ({ ...outlet, nameKey: outlet.name.toLowerCase() })),
    annotations,
    labels: fixtureLabels.map((label) => ({
      ...label,
      category: '',
      color: '#000000',
      key: '',
      description: '',
    })),
    actors: fixtureActors.map((actor) => ({ ...actor, aliases: [] })),
    lexicon: fixtureLexicon.map((entry, i) => ({
      ...entry,
      id: `lex-${i}`,
      pattern: entry.canonical,
      labelId: 'loaded-language',
      valence: -1,
      note: '',
    })),
    annotators: [{ id: 'alice', name: 'Alice', role: 'annotator' }],
  };
}

const textsById = new Map(fixtureArticles.map((article) => [article.id, article.text ?? '']));

const loadTexts = async (ids: readonly string[]) =>
  ids.map((id) => ({ id, textHash: `hash-${id}`, text: textsById.get(id) ?? '' }));

const isCounted = (annotation: Annotation) =>
  annotation.status === 'accepted' && !annotation.deleted;

/**
 * Hands the counted annotations over through the read hooks in parts cut at `cuts` (positions
 * into them), as the repository does with IndexedDB ranges.
 */
function loadInParts(source: SummarySource, cuts: number[]) {
  return async (_onTableRead: unknown, options?: SummaryReadOptions) => {
    const { annotations, ...corpus } = source;
    options?.onCorpus?.(corpus);
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), annotations.length];
    for (let i = 1; i < bounds.length; i += 1) {
      options?.onAnnotations?.(annotations.slice(bounds[i - 1], bounds[i]));
    }
    return source;
  };
}

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const filterArbitrary: fc.Arbitrary<SummaryFilter> = fc.record(
  {
    annotatorIds: subset(['alice', 'bob', 'casper']),
    voices: subset<Voice>(['own', 'quoted', 'attributed']),
    labelIds: subset(fixtureLabels.map((label) => label.id)),
    outletIds: subset(fixtureOutlets.map((outlet) => outlet.id)),
    dateFrom: fc.constantFrom('2024', '2024-09-15', '2024-11'),
    eachPlaceOnce: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Some of the fixture's annotations, a few re-attributed to an annotator unknown here. */
const annotationsArbitrary = fc
  .tuple(
    fc.subarray(fixtureAnnotations, { minLength: 0 }),
    fc.array(fc.nat({ max: fixtureAnnotations.length - 1 }), { maxLength: 5 }),
  )
  .map(([chosen, ghosts]) => {
    const ghostIds = new Set(ghosts.map((i) => fixtureAnnotations[i]?.id));
    return chosen
      .map((a) => (ghostIds.has(a.id) ? { ...a, annotatorId: 'casper' } : { ...a }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });

const terms = ['terrorists', 'militants', 'UK-based', 'regime forces', 'fighters', 'admitted'];

describe('the summary counted part by part while it is read', () => {
  test('equals the one-shot computation, catalog and concordance, for any parts and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        annotationsArbitrary,
        fc.array(fc.nat({ max: fixtureAnnotations.length }), { maxLength: 6 }),
        filterArbitrary,
        fc.constantFrom(...terms),
        async (annotations, rawCuts, filter, term) => {
          const counted = annotations.filter(isCounted);
          const cuts = rawCuts.map((cut) => Math.min(cut, counted.length));
          const source = storedSource(counted);
          const engine = new SummaryEngine(loadInParts(source, cuts), loadTexts);

          const streamed = await engine.summarize({ version: 'v', filter });

          // One shot: every annotation (rejected and deleted ones too) with the texts in place.
          const whole: SummaryInput = { ...fixtureInput(), annotations };
          expect(streamed.summary).toEqual(computeSummary(whole, filter));
          expect(streamed.catalog).toEqual(buildCatalog(source));
          const lines = await engine.concordance({ version: 'v', filter, term });
          expect(lines).toEqual(concordance(term, prepareSummary(whole, filter)));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
