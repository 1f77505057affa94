import { wrap, type Remote } from 'comlink';
import { db } from '../../src/db';
import type { AgreementWorkerApi } from '../../src/workers/agreement/agreement-protocol';
import { annotatorVariants } from '../corpus/annotator-variants';
import type { CorpusSize } from '../corpus/generate-corpus';
import { storeGeneratedCorpus } from './app-database';

/*
 * The agreement budgets' data: several annotators coding the same generated articles — the
 * current annotator's spans as generated, every other coder a seeded variant of them (most
 * spans the same, some moved by a word, relabelled or elsewhere).
 */

let agreementWorker: Remote<AgreementWorkerApi> | null = null;
let run = 0;

async function storeCoders(size: CorpusSize, coders: number, seed: number) {
  const corpus = await storeGeneratedCorpus(size, seed);
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  const coded = annotatorVariants(corpus.annotations, texts, coders, corpus.annotator, seed + 1);
  const added = coded.annotations.slice(corpus.annotations.length);
  await db.transaction('rw', [db.annotators, db.annotations], async () => {
    await db.annotators.bulkPut(coded.annotators.slice(1));
    await db.annotations.bulkPut(added);
  });
  return { corpus, annotations: coded.annotations.length };
}

/** `annotators` × `articles` × `perArticle` annotations, for the agreement measures. */
export async function seedAgreement(annotators: number, articles: number, perArticle: number) {
  const { annotations } = await storeCoders(
    {
      articles,
      wordsPerArticle: Math.max(600, perArticle * 10),
      annotationsPerArticle: perArticle,
    },
    annotators,
    60_000,
  );
  return { annotators, articles, annotations };
}

/**
 * FrameLens: the Agreement page's request — every measure for everyone who coded, over every
 * coded article — answered by the agreement worker, made to read IndexedDB again each run (a
 * new data version), timed from the page's call to its answer. The worker keeps article texts
 * between versions (same text hash, same text), as it does for the page.
 */
export async function agreementInWorker() {
  agreementWorker ??= wrap<AgreementWorkerApi>(
    new Worker(new URL('../../src/workers/agreement/agreement.worker.ts', import.meta.url), {
      type: 'module',
    }),
  );
  run += 1;
  const started = performance.now();
  const { report } = await agreementWorker.agreement({
    version: `bench-${run}`,
    selection: { annotatorIds: null, articleIds: null },
  });
  return {
    ms: performance.now() - started,
    annotators: report.annotators.length,
    pairs: report.pairs.length,
    codedPairs: report.codedPairs,
  };
}

/**
 * The reader benchmark's article (same seed and length, so the same text) coded by
 * `annotators` people with `perAnnotator` annotations each, the current annotator among them.
 */
export async function seedMapArticle(words: number, annotators: number, perAnnotator: number) {
  const { corpus, annotations } = await storeCoders(
    { articles: 1, wordsPerArticle: words, annotationsPerArticle: perAnnotator },
    annotators,
    20_000,
  );
  const sample = await db.articles.filter((stored) => stored.source === 'seed').first();
  return {
    articleId: corpus.articles[0]!.id,
    sampleId: sample?.id ?? null,
    words: corpus.articles[0]!.wordCount,
    annotators,
    annotations,
    /** The current annotator's annotations: those the reader paints as labels. */
    own: perAnnotator,
  };
}

/** The same article with one annotator's `annotations` (the reader benchmark's data). */
export async function seedSingleAnnotator(words: number, annotations: number) {
  const corpus = await storeGeneratedCorpus(
    { articles: 1, wordsPerArticle: words, annotationsPerArticle: annotations },
    20_000,
  );
  const sample = await db.articles.filter((stored) => stored.source === 'seed').first();
  return {
    articleId: corpus.articles[0]!.id,
    sampleId: sample?.id ?? null,
    words: corpus.articles[0]!.wordCount,
    annotations: corpus.annotations.length,
    own: corpus.annotations.length,
  };
}
