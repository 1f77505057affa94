import { findMatches, type LexiconMatcher } from '../lexicon/match-lexicon';
import type { PersonalLexiconEntry } from '../types';
import { simpleForms } from './term-forms';

export interface DiscoveredTerm {
  term: string;
  /** The term's z-score for the outlet it was found in. */
  z: number;
  labelId: string;
  valence: number;
}

/** A personal-layer entry for a candidate term the person adds from discovery. */
export function discoveredEntry(
  discovered: DiscoveredTerm,
  id: string,
  addedAt: string,
): PersonalLexiconEntry {
  return {
    id,
    pattern: discovered.term,
    forms: simpleForms(discovered.term),
    labelId: discovered.labelId,
    valence: discovered.valence,
    canonical: discovered.term,
    note: '',
    source: `Discovered in the corpus (z = ${discovered.z.toFixed(1)})`,
    origin: 'discovered',
    addedAt,
  };
}

/** Whether the lexicon would suggest exactly this term (any of an entry's forms, any case). */
export function isInLexicon(matcher: LexiconMatcher, term: string): boolean {
  return findMatches(matcher, term).some((match) => match.start === 0 && match.end === term.length);
}
