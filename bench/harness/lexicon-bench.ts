import { defaultLexicon } from '../../src/domain/lexicon/default-lexicon';
import {
  compileLexicon,
  scanMatches,
  type MatchList,
} from '../../src/domain/lexicon/match-lexicon';
import { generateScanText } from '../corpus/generate-corpus';
import { corpusSource } from './corpus-source';

let corpus = '';
const matcher = compileLexicon(defaultLexicon);
// Corpus-wide work scans into one list (see scanMatches); so does the measure.
let matches: MatchList | undefined;

/** The corpus, and the size of the lexicon the app ships (the one scanned). */
export async function prepareScanCorpus(
  megabytes: number,
): Promise<{ chars: number; entries: number; forms: number }> {
  const { sentences } = await corpusSource();
  corpus = generateScanText(sentences, Math.round(megabytes * 1024 * 1024), 50);
  const forms = defaultLexicon.reduce((sum, entry) => sum + entry.forms.length, 0);
  return { chars: corpus.length, entries: defaultLexicon.length, forms };
}

/** FrameLens: the shipped lexicon (every form of every entry) over the whole corpus. */
export function scanWithLexicon(): { ms: number; matches: number } {
  const started = performance.now();
  matches = scanMatches(matcher, corpus, matches);
  return { ms: performance.now() - started, matches: matches.count };
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
