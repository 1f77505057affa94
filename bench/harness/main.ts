import './harness.css';
import {
  agreementInWorker,
  seedAgreement,
  seedMapArticle,
  seedSingleAnnotator,
} from './agreement-bench';
import { prepareAppDatabase, storeGeneratedCorpus } from './app-database';
import {
  classroomFiles,
  importClassAsOneFile,
  openClassInWorker,
  resetClassroom,
  seedClassroom,
} from './classroom-bench';
import { buildImportFile, rawBulkPut } from './import-bench';
import { seedLargeArticle } from './large-article-bench';
import { prepareScanCorpus, scanWithIndexOf, scanWithLexicon } from './lexicon-bench';
import {
  armKeyPaint,
  keyPaintResult,
  openInFrameLens,
  openInRecogito,
  seedReader,
  unannotatedWordBox,
} from './reader-bench';
import { readAnnotationsInWorker, seedSummary, summarizeInWorker } from './summary-bench';

/** What the driver (bench/run.mjs) calls in the page. */
const api = {
  prepareAppDatabase: async () => (await prepareAppDatabase()).id,
  seedLibrary: async (articles: number) => {
    const corpus = await storeGeneratedCorpus(
      { articles, wordsPerArticle: 600, annotationsPerArticle: 10 },
      10_000,
    );
    return { articles: corpus.articles.length, annotations: corpus.annotations.length };
  },
  seedReader,
  seedLargeArticle,
  openInFrameLens,
  openInRecogito,
  unannotatedWordBox,
  armKeyPaint,
  keyPaintResult,
  prepareScanCorpus,
  scanWithLexicon,
  scanWithIndexOf,
  buildImportFile,
  rawBulkPut,
  seedSummary,
  summarizeInWorker,
  readAnnotationsInWorker,
  seedClassroom,
  openClassInWorker,
  importClassAsOneFile,
  classroomFiles,
  resetClassroom,
  seedAgreement,
  agreementInWorker,
  seedMapArticle,
  seedSingleAnnotator,
};

declare global {
  interface Window {
    framelensBench: typeof api;
  }
}

window.framelensBench = api;
document.documentElement.dataset.benchReady = 'true';
