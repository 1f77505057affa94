import type { LexiconEntry } from '../types';
import { getFoldTable, getWordTable, SURROGATE } from '../text/char-classes';
import { formKeys } from './form-keys';
import { offer, type MatchList } from './match-list';

/** Two entries claimed the same normalised form; the one listed first keeps it. */
export interface LexiconCollision {
  form: string;
  keptEntryId: string;
  droppedEntryId: string;
}

interface Trie {
  children: Map<number, number>[];
  /** Index into entries of the form ending at a node, or -1. */
  accept: number[];
  depth: number[];
}

/**
 * A lazily built DFA over the forms' folded keys (see `LexiconMatcher`):
 *
 * - the keys go into a trie;
 * - each UTF-16 unit that occurs in a key gets its own character class; all other units fall
 *   into "other letter/number/mark" or "other character";
 * - a state is the set of trie nodes still alive plus whether the previous character was a
 *   non-word character (only then may a new match start). States and transitions are created
 *   the first time a text needs them and kept for later scans.
 */
export interface LazyDfa {
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

export const OTHER_NON_WORD = 0;
const OTHER_WORD = 1;
export const SURROGATE_CLASS = 2;
export const UNKNOWN = -1;
export const REPORT_BASE = -2;
const INITIAL_STATE_CAPACITY = 64;

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

export function buildDfa(entries: readonly LexiconEntry[]): {
  dfa: LazyDfa;
  collisions: LexiconCollision[];
} {
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
  return { dfa, collisions };
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

/** Offers the complete forms of `state` as occurrences that end at `end`. */
export function reportAccepts(dfa: LazyDfa, list: MatchList, state: number, end: number): void {
  const id = (state / dfa.stride) | 0;
  const from = dfa.acceptFrom[id] ?? 0;
  const to = from + (dfa.acceptCount[id] ?? 0);
  for (let k = from; k < to; k++) {
    offer(list, end - (dfa.acceptDepth[k] ?? 0), end, dfa.acceptEntry[k] ?? -1);
  }
}

/**
 * The cell for the step from `state` on class `cls` (never the surrogate class), building the
 * transition if needed: the next state, or REPORT_BASE - next when the step completes
 * occurrences.
 */
export function transitionCell(dfa: LazyDfa, state: number, cls: number): number {
  const cell = dfa.transitions[state + cls] ?? UNKNOWN;
  return cell === UNKNOWN ? addTransition(dfa, state, cls) : cell;
}

/** The class of one half of a surrogate pair, or of a lone surrogate (never a word). */
export function surrogateClass(dfa: LazyDfa, unit: number, isWord: boolean): number {
  const classes = dfa.surrogateClasses.get(unit);
  if (classes) return isWord ? classes[1] : classes[0];
  return isWord ? OTHER_WORD : OTHER_NON_WORD;
}
