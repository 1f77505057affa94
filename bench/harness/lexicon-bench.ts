import { defaultLexicon } from '../../src/domain/lexicon/default-lexicon';
import { compileLexicon, scanMatches } from '../../src/domain/lexicon/match-lexicon';
import { generateScanText } from '../corpus/generate-corpus';
import { corpusSource } from './corpus-source';

let corpus = '';
const matcher = compileLexicon(defaultLexicon);

export async function prepareScanCorpus(megabytes: number): Promise<{ chars: number }> {
  const { sentences } = await corpusSource();
  corpus = generateScanText(sentences, Math.round(megabytes * 1024 * 1024), 50);
  return { chars: corpus.length };
}

/** FrameLens: the shipped lexicon (every form of every entry) over the whole corpus. */
export function scanWithLexicon(): { ms: number; matches: number } {
  const started = performance.now();
  const matches = scanMatches(matcher, corpus).count;
  return { ms: performance.now() - started, matches };
}

/** The practical ceiling: counting one term with String.prototype.indexOf. */
export function scanWithIndexOf(): { ms: number; matches: number } {
  const started = performance.now();
  let matches = 0;
  for (let at = corpus.indexOf('terrorist'); at !== -1; at = corpus.indexOf('terrorist', at + 1)) {
    matches += 1;
  }
  return { ms: performance.now() - started, matches };
}
