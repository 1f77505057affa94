import type { LexiconEntry } from '../types';
import { getFoldTable, getWordTable, isWordCharAt, SURROGATE } from '../text/char-classes';

export interface LexiconMatch {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  entryId: string;
  labelId: string;
  valence: number;
  canonical: string;
}

/** Two entries claimed the same normalised form; the one listed first keeps it. */
export interface LexiconCollision {
  form: string;
  keptEntryId: string;
  droppedEntryId: string;
}

/**
 * A compiled lexicon. Matching runs a lazily built DFA, so a scan costs one string read, two
 * table reads and one well-predicted branch per character, whatever the size of the lexicon:
 *
 * - the forms' folded keys (`formKeys`) go into a trie;
 * - each UTF-16 unit that occurs in a key gets its own character class; all other units fall
 *   into "other letter/number/mark" or "other character";
 * - a DFA state is the set of trie nodes still alive plus whether the previous character was a
 *   non-word character (only then may a new match start). States and transitions are created
 *   the first time a text needs them and kept for later scans (about a thousand states for
 *   news text with the default lexicon).
 *
 * An occurrence is reported when a state holding a complete form reads a non-word character
 * (or the text ends); occurrences are reduced to leftmost-longest, non-overlapping matches.
 * The matcher object caches DFA states: use one per thread (it is cheap to compile).
 */
export interface LexiconMatcher {
  readonly entries: readonly LexiconEntry[];
  readonly collisions: readonly LexiconCollision[];
  /** Internal to this module. */
  readonly dfa: LazyDfa;
}

interface Trie {
  children: Map<number, number>[];
  /** Index into entries of the form ending at a node, or -1. */
  accept: number[];
  depth: number[];
}

interface LazyDfa {
  trie: Trie;
  /** Raw UTF-16 unit → class (surrogates → SURROGATE_CLASS, decoded in the slow path). */
  classOf: Uint16Array;
  /** Per class: the folded unit it stands for (-1 for the two "other" classes) and word-ness. */
  classUnit: number[];
  classIsWord: boolean[];
  /** Surrogate units that occur in keys → [class as non-word, class as word]. */
  surrogateClasses: Map<number, [number, number]>;
  /** Number of classes; a state is encoded as `id * stride`, the start of its row. */
  stride: number;
  /**
   * transitions[state + class]: the next state, or a negative code that sends the scan to the
   * slow path: UNKNOWN (not built yet; always so in the surrogate column), or REPORT_BASE -
   * next when the step completes occurrences.
   */
  transitions: Int32Array;
  stateIds: Map<string, number>;
  stateNodes: Int32Array[];
  stateMayStart: boolean[];
  /**
   * Complete forms of state `id`, longest first: acceptDepth/acceptEntry[acceptFrom[id] ..
   * acceptFrom[id] + acceptCount[id]) hold each form's length and entry index.
   */
  acceptFrom: number[];
  acceptCount: number[];
  acceptDepth: number[];
  acceptEntry: number[];
}

const OTHER_NON_WORD = 0;
const OTHER_WORD = 1;
const SURROGATE_CLASS = 2;
const UNKNOWN = -1;
const REPORT_BASE = -2;
const INITIAL_STATE_CAPACITY = 64;

/**
 * The folded keys a form matches: case, apostrophes and hyphens folded, white-space runs
 * collapsed to one space, and every hyphen also accepted as a space ("foreign-backed" matches
 * "foreign backed"). A space in a form does not match a hyphen.
 */
export function formKeys(form: string): string[] {
  const fold = getFoldTable();
  const trimmed = form.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (trimmed === '') return [];
  const units: string[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    units.push(String.fromCharCode(fold[trimmed.charCodeAt(i)] ?? 0));
  }
  const [head = '', ...tail] = units.join('').split('-');
  let keys = [head];
  for (const part of tail) keys = keys.flatMap((key) => [`${key}-${part}`, `${key} ${part}`]);
  return keys;
}

function buildTrie(entries: readonly LexiconEntry[], collisions: LexiconCollision[]): Trie {
  const trie: Trie = { children: [new Map()], accept: [-1], depth: [0] };
  entries.forEach((entry, entryIndex) => {
    for (const form of entry.forms) {
      for (const key of formKeys(form)) {
        let node = 0;
        for (let i = 0; i < key.length; i++) {
          const unit = key.charCodeAt(i);
          const edges = trie.children[node];
          let next = edges?.get(unit);
          if (next === undefined) {
            next = trie.children.length;
            edges?.set(unit, next);
            trie.children.push(new Map());
            trie.accept.push(-1);
            trie.depth.push(i + 1);
          }
          node = next;
        }
        const current = trie.accept[node] ?? -1;
        if (current === -1) {
          trie.accept[node] = entryIndex;
        } else if (current !== entryIndex) {
          const keptEntryId = entries[current]?.id ?? '';
          collisions.push({ form: key, keptEntryId, droppedEntryId: entry.id });
        }
      }
    }
  });
  return trie;
}

export function compileLexicon(entries: readonly LexiconEntry[]): LexiconMatcher {
  const collisions: LexiconCollision[] = [];
  const trie = buildTrie(entries, collisions);
  const fold = getFoldTable();
  const word = getWordTable();

  const classUnit = [-1, -1, -1];
  const classIsWord = [false, true, false];
  const classOfUnit = new Map<number, number>();
  const surrogateClasses = new Map<number, [number, number]>();
  for (const edges of trie.children) {
    for (const unit of edges.keys()) {
      if (classOfUnit.has(unit) || surrogateClasses.has(unit)) continue;
      if (word[unit] === SURROGATE) {
        surrogateClasses.set(unit, [classUnit.length, classUnit.length + 1]);
        classUnit.push(unit, unit);
        classIsWord.push(false, true);
      } else {
        classOfUnit.set(unit, classUnit.length);
        classUnit.push(unit);
        classIsWord.push(word[unit] === 1);
      }
    }
  }

  const classOf = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const kind = word[c] ?? 0;
    if (kind === SURROGATE) classOf[c] = SURROGATE_CLASS;
    else classOf[c] = classOfUnit.get(fold[c] ?? c) ?? (kind === 1 ? OTHER_WORD : OTHER_NON_WORD);
  }

  const stride = classUnit.length;
  const dfa: LazyDfa = {
    trie,
    classOf,
    classUnit,
    classIsWord,
    surrogateClasses,
    stride,
    transitions: new Int32Array(INITIAL_STATE_CAPACITY * stride).fill(UNKNOWN),
    stateIds: new Map(),
    stateNodes: [],
    stateMayStart: [],
    acceptFrom: [],
    acceptCount: [],
    acceptDepth: [],
    acceptEntry: [],
  };
  addState(dfa, [], true); // state 0: nothing alive, a match may start here
  return { entries, collisions, dfa };
}

function addState(dfa: LazyDfa, nodes: number[], mayStart: boolean): number {
  const key = `${mayStart ? '+' : '-'}${nodes.join(',')}`;
  const known = dfa.stateIds.get(key);
  if (known !== undefined) return known;
  const id = dfa.stateNodes.length;
  const accepts = nodes
    .filter((node) => (dfa.trie.accept[node] ?? -1) !== -1)
    .sort((a, b) => (dfa.trie.depth[b] ?? 0) - (dfa.trie.depth[a] ?? 0));
  const encoded = id * dfa.stride;
  dfa.stateIds.set(key, encoded);
  dfa.stateNodes.push(Int32Array.from(nodes));
  dfa.stateMayStart.push(mayStart);
  dfa.acceptFrom.push(dfa.acceptDepth.length);
  dfa.acceptCount.push(accepts.length);
  for (const node of accepts) {
    dfa.acceptDepth.push(dfa.trie.depth[node] ?? 0);
    dfa.acceptEntry.push(dfa.trie.accept[node] ?? -1);
  }
  if (encoded >= dfa.transitions.length) {
    const grown = new Int32Array(dfa.transitions.length * 2).fill(UNKNOWN);
    grown.set(dfa.transitions);
    dfa.transitions = grown;
  }
  return encoded;
}

/** Builds and stores the step from `state` on `cls` (never the surrogate class). */
function addTransition(dfa: LazyDfa, state: number, cls: number): number {
  const id = (state / dfa.stride) | 0;
  const unit = dfa.classUnit[cls] ?? -1;
  const isWord = dfa.classIsWord[cls] ?? false;
  const alive = new Set<number>();
  if (unit !== -1) {
    for (const node of dfa.stateNodes[id] ?? []) {
      const child = dfa.trie.children[node]?.get(unit);
      if (child !== undefined) alive.add(child);
    }
    if (dfa.stateMayStart[id]) {
      const child = dfa.trie.children[0]?.get(unit);
      if (child !== undefined) alive.add(child);
    }
  }
  const target = addState(
    dfa,
    [...alive].sort((a, b) => a - b),
    !isWord,
  );
  const reports = !isWord && (dfa.acceptCount[id] ?? 0) > 0;
  const cell = reports ? REPORT_BASE - target : target;
  dfa.transitions[state + cls] = cell;
  return cell;
}

/**
 * Matches of one scan as parallel arrays (for corpus-wide work that should not allocate an
 * object per match): match k is [starts[k], ends[k]) and entries[entryIndexes[k]].
 */
export interface MatchList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  entryIndexes: Int32Array;
}

/**
 * Occurrences arrive ordered by end and, for one end, longest first; `offer` keeps the picks
 * sorted, non-overlapping and equal to scanning by start and taking the longest occurrence at
 * each start that does not overlap the previous pick.
 */
function offer(list: MatchList, start: number, end: number, entryIndex: number): void {
  let keep = list.count;
  while (keep > 0 && (list.ends[keep - 1] ?? 0) > start) keep--;
  // An overlapping pick that starts earlier wins; otherwise the new occurrence (it ends later,
  // so at an equal start it is longer) replaces every pick it overlaps.
  if (keep < list.count && (list.starts[keep] ?? 0) < start) return;
  if (keep === list.starts.length) growList(list);
  list.starts[keep] = start;
  list.ends[keep] = end;
  list.entryIndexes[keep] = entryIndex;
  list.count = keep + 1;
}

function growList(list: MatchList): void {
  const capacity = Math.max(64, list.starts.length * 2);
  const grow = (old: Int32Array): Int32Array => {
    const grown = new Int32Array(capacity);
    grown.set(old);
    return grown;
  };
  list.starts = grow(list.starts);
  list.ends = grow(list.ends);
  list.entryIndexes = grow(list.entryIndexes);
}

function reportAccepts(dfa: LazyDfa, list: MatchList, state: number, end: number): void {
  const id = (state / dfa.stride) | 0;
  const from = dfa.acceptFrom[id] ?? 0;
  const to = from + (dfa.acceptCount[id] ?? 0);
  for (let k = from; k < to; k++) {
    offer(list, end - (dfa.acceptDepth[k] ?? 0), end, dfa.acceptEntry[k] ?? -1);
  }
}

/**
 * The step from `state` over text[index] when the fast path read a negative cell: report the
 * occurrences it completes, or build the missing transition (surrogates are always decoded
 * here, since whether an astral character is a letter depends on both halves).
 */
function slowStep(
  dfa: LazyDfa,
  list: MatchList,
  text: string,
  index: number,
  state: number,
  cell: number,
): number {
  let next = cell;
  if (next === UNKNOWN) {
    const unit = text.charCodeAt(index);
    let cls = dfa.classOf[unit] ?? OTHER_NON_WORD;
    if (cls === SURROGATE_CLASS) {
      const isWord = isWordCharAt(text, index);
      const classes = dfa.surrogateClasses.get(unit);
      if (classes) cls = isWord ? classes[1] : classes[0];
      else cls = isWord ? OTHER_WORD : OTHER_NON_WORD;
    }
    next = dfa.transitions[state + cls] ?? UNKNOWN;
    if (next === UNKNOWN) next = addTransition(dfa, state, cls);
  }
  if (next <= REPORT_BASE) {
    reportAccepts(dfa, list, state, index);
    next = REPORT_BASE - next;
  }
  return next;
}

/**
 * Leftmost-longest, non-overlapping matches, left to right, case-insensitive, as parallel
 * arrays. A match is never preceded or followed by a letter, number or mark (no "militant" in
 * "demilitarized", no "regime" in "regimen"); a form's space matches exactly one horizontal
 * white-space character (never a line break); a form's hyphen matches any hyphen, the en
 * dash, or one such space.
 */
export function scanMatches(matcher: LexiconMatcher, text: string): MatchList {
  const dfa = matcher.dfa;
  const classOf = dfa.classOf;
  let transitions = dfa.transitions;
  // News text has about one match per 75 characters; start with room for that.
  const capacity = Math.max(64, text.length >> 6);
  const list: MatchList = {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    entryIndexes: new Int32Array(capacity),
  };

  const length = text.length;
  let state = 0;
  let i = 0;
  while (i < length) {
    // The hot loop: one read of the text and two table reads per character.
    let cell = 0;
    for (; i < length; i++) {
      cell = transitions[state + (classOf[text.charCodeAt(i)] ?? 0)] ?? UNKNOWN;
      if (cell < 0) break;
      state = cell;
    }
    if (i >= length) break;
    state = slowStep(dfa, list, text, i, state, cell);
    transitions = dfa.transitions;
    i++;
  }
  // The end of the text counts as a non-word character.
  reportAccepts(dfa, list, state, length);
  return list;
}

/** `scanMatches` as objects (see there for the matching rules). */
export function findMatches(matcher: LexiconMatcher, text: string): LexiconMatch[] {
  const list = scanMatches(matcher, text);
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
