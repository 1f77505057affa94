import { loadSeedArticles } from '../../src/db/seed-corpus';
import { seedSentences, type Sentence } from '../corpus/seed-sentences';

interface CorpusSource {
  sentences: Sentence[];
  outletNames: string[];
}

let source: Promise<CorpusSource> | null = null;

/** The seed corpus' sentences and outlet names: what every generated corpus is built from. */
export function corpusSource(): Promise<CorpusSource> {
  source ??= loadSeedArticles().then((seeds) => ({
    sentences: seedSentences(seeds.map((seed) => seed.text)),
    outletNames: seeds.map((seed) => seed.outlet),
  }));
  return source;
}
