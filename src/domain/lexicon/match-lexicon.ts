import type { LexiconEntry } from '../types';
import { buildDfa, type LazyDfa, type LexiconCollision } from './lexicon-dfa';
import { createMatchList, type MatchList } from './match-list';
import { scanText } from './scan-text';

export { formKeys } from './form-keys';
export type { LexiconCollision } from './lexicon-dfa';
export type { MatchList } from './match-list';

export interface LexiconMatch {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  entryId: string;
  labelId: string;
  valence: number;
  canonical: string;
}

/**
 * A compiled lexicon. Matching runs a lazily built DFA (see `LazyDfa`), so a scan costs one
 * string read and two table reads per character, whatever the size of the lexicon (and steps
 * four stretches of the text side by side, see `scanText`). States and transitions are built
 * the first time a text needs them and kept for later scans (about a thousand states for news
 * text with the default lexicon).
 *
 * An occurrence is reported when a state holding a complete form reads a non-word character
 * (or the text ends); occurrences are reduced to leftmost-longest, non-overlapping matches.
 * The matcher object caches DFA states: use one per thread (it is cheap to compile).
 */
export interface LexiconMatcher {
  readonly entries: readonly LexiconEntry[];
  readonly collisions: readonly LexiconCollision[];
  /** Internal to the lexicon modules. */
  readonly dfa: LazyDfa;
}

export function compileLexicon(entries: readonly LexiconEntry[]): LexiconMatcher {
  const { dfa, collisions } = buildDfa(entries);
  return { entries, collisions, dfa };
}

/**
 * Leftmost-longest, non-overlapping matches, left to right, case-insensitive, as parallel
 * arrays. A match is never preceded or followed by a letter, number or mark (no "militant" in
 * "demilitarized", no "regime" in "regimen"); a form's space matches exactly one horizontal
 * white-space character (never a line break); a form's hyphen matches any hyphen, the en
 * dash, or one such space.
 *
 * Work over many texts passes the list of the previous scan as `into`: it is emptied and
 * refilled (grown if needed), so that a corpus scan does not allocate, and the system does not
 * zero, fresh megabytes of typed arrays per text.
 */
export function scanMatches(matcher: LexiconMatcher, text: string, into?: MatchList): MatchList {
  // News text has about one match per 75 characters; start with room for that.
  const list = into ?? createMatchList(Math.max(64, text.length >> 6));
  list.count = 0;
  scanText(matcher.dfa, list, text);
  return list;
}

// findMatches turns the matches into objects at once, so one list serves every call (scans
// are synchronous).
let scratch: MatchList | null = null;

/** `scanMatches` as objects (see there for the matching rules). */
export function findMatches(matcher: LexiconMatcher, text: string): LexiconMatch[] {
  scratch ??= createMatchList(1024);
  const list = scanMatches(matcher, text, scratch);
  const matches: LexiconMatch[] = [];
  for (let k = 0; k < list.count; k++) {
    const entry = matcher.entries[list.entryIndexes[k] ?? -1];
    if (!entry) continue;
    matches.push({
      start: list.starts[k] ?? 0,
      end: list.ends[k] ?? 0,
      entryId: entry.id,
      labelId: entry.labelId,
      valence: entry.valence,
      canonical: entry.canonical,
    });
  }
  return matches;
}
