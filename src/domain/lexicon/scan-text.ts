import { isWordCharAt } from '../text/char-classes';
import {
  OTHER_NON_WORD,
  REPORT_BASE,
  reportAccepts,
  SURROGATE_CLASS,
  surrogateClass,
  transitionCell,
  UNKNOWN,
  type LazyDfa,
} from './lexicon-dfa';
import type { MatchList } from './match-list';

/**
 * The scan loop. A DFA step is a table read whose address depends on the previous step, so a
 * single scan mostly waits on memory. Each chunk of the text is therefore cut in four lanes
 * that one loop steps side by side. Cuts are placed after a "sync" character (not a letter,
 * number or mark, and in no key: a comma, a bracket, a line break), after which the DFA is in
 * state 0 whatever came before: a lane starts there in state 0, and no match crosses a cut.
 *
 * The side-by-side loop does nothing but step (the JIT then keeps it in registers): it notes
 * completed occurrences as events, offered to the match list lane by lane once the chunk is
 * done, and leaves anything else (a transition to build, a surrogate) to its caller. The few
 * units left when the shortest lane ends are scanned lane by lane.
 *
 * In the hot loops, typed-array reads use `!` rather than `?? fallback`: the indexes are always
 * in range (`classOf` covers every UTF-16 unit, `transitions` every state and class), and V8
 * compiles the fallback into every read.
 */

/** UTF-16 units per chunk. */
const CHUNK = 1 << 17;
/** Shorter chunks are scanned as one lane. */
const MIN_SPLIT = 1 << 9;
/** How far past each quarter of a chunk a sync character is looked for. */
const SYNC_SEARCH = 1 << 10;
/** Room per lane for noted occurrences (two numbers each). */
const EVENT_ROOM = 1 << 12;

interface Lane {
  /** The next unit to read and the end of the lane (UTF-16 indexes into the text). */
  pos: number;
  end: number;
  state: number;
}

type Lanes = readonly [Lane, Lane, Lane, Lane];

// Scratch space reused by every scan (scans are synchronous, so they never share it).
/** Occurrences noted in lane k: events[k * EVENT_ROOM + 2j] is the state, + 1 the index. */
const events = new Int32Array(4 * EVENT_ROOM);
/** Numbers used in `events` per lane. */
const eventCounts = new Int32Array(4);
/** Whether an astral code point is a letter, number or mark. */
const astralIsWord = new Map<number, boolean>();

/**
 * Whether the character that holds the surrogate at `index` is a letter, number or mark. The
 * check runs a regular expression, so the answer is remembered per code point.
 */
function surrogateIsWord(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  const codePoint = text.codePointAt(unit < 0xdc00 ? index : index - 1) ?? unit;
  if (codePoint < 0x10000) return isWordCharAt(text, index); // a lone surrogate
  let known = astralIsWord.get(codePoint);
  if (known === undefined) {
    known = isWordCharAt(text, index);
    if (astralIsWord.size >= 4096) astralIsWord.clear();
    astralIsWord.set(codePoint, known);
  }
  return known;
}

/** The cell for the step from `state` over text[index] (see `transitionCell`). */
function cellAt(dfa: LazyDfa, text: string, index: number, state: number): number {
  const unit = text.charCodeAt(index);
  let cls = dfa.classOf[unit] ?? OTHER_NON_WORD;
  if (cls === SURROGATE_CLASS) cls = surrogateClass(dfa, unit, surrogateIsWord(text, index));
  return transitionCell(dfa, state, cls);
}

/** Steps one lane to its end, offering its occurrences to `list`. */
function runLane(dfa: LazyDfa, list: MatchList, text: string, lane: Lane): void {
  const classOf = dfa.classOf;
  const end = lane.end;
  let transitions = dfa.transitions;
  let state = lane.state;
  let pos = lane.pos;
  while (pos < end) {
    let cell = 0;
    for (; pos < end; pos++) {
      cell = transitions[state + classOf[text.charCodeAt(pos)]!]!;
      if (cell < 0) break;
      state = cell;
    }
    if (pos >= end) break;
    cell = cellAt(dfa, text, pos, state);
    if (cell <= REPORT_BASE) {
      reportAccepts(dfa, list, state, pos);
      cell = REPORT_BASE - cell;
    }
    state = cell;
    transitions = dfa.transitions;
    pos++;
  }
  lane.state = state;
  lane.pos = pos;
}

/** Whether every lane has room for two more events. */
function hasEventRoom(): boolean {
  const full = EVENT_ROOM - 4;
  return (
    eventCounts[0]! <= full &&
    eventCounts[1]! <= full &&
    eventCounts[2]! <= full &&
    eventCounts[3]! <= full
  );
}

/** Notes that `state` completes occurrences at `index` in lane `lane`. */
function noteEvent(lane: number, state: number, index: number): void {
  const at = lane * EVENT_ROOM + eventCounts[lane]!;
  events[at] = state;
  events[at + 1] = index;
  eventCounts[lane] = eventCounts[lane]! + 2;
}

/**
 * Steps four lanes side by side; every lane moves one unit per step, so lane k reads unit
 * `i + offset k`. Returns true when a lane reached its end, false when it stopped at a cell
 * that needs the slow path or because a lane has no room left for events.
 */
function stepLanes(
  transitions: Int32Array,
  classOf: Uint16Array,
  text: string,
  lanes: Lanes,
): boolean {
  const [l0, l1, l2, l3] = lanes;
  const o1 = l1.pos - l0.pos;
  const o2 = l2.pos - l0.pos;
  const o3 = l3.pos - l0.pos;
  const stop = Math.min(l0.end, l1.end - o1, l2.end - o2, l3.end - o3);
  let s0 = l0.state;
  let s1 = l1.state;
  let s2 = l2.state;
  let s3 = l3.state;
  let i = l0.pos;
  while (i < stop) {
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    for (; i < stop; i++) {
      c0 = transitions[s0 + classOf[text.charCodeAt(i)]!]!;
      c1 = transitions[s1 + classOf[text.charCodeAt(i + o1)]!]!;
      c2 = transitions[s2 + classOf[text.charCodeAt(i + o2)]!]!;
      c3 = transitions[s3 + classOf[text.charCodeAt(i + o3)]!]!;
      if ((c0 | c1 | c2 | c3) < 0) break;
      s0 = c0;
      s1 = c1;
      s2 = c2;
      s3 = c3;
    }
    if (i >= stop) break;
    const slow = c0 === UNKNOWN || c1 === UNKNOWN || c2 === UNKNOWN || c3 === UNKNOWN;
    if (slow || !hasEventRoom()) break;
    if (c0 < 0) {
      noteEvent(0, s0, i);
      c0 = REPORT_BASE - c0;
    }
    if (c1 < 0) {
      noteEvent(1, s1, i + o1);
      c1 = REPORT_BASE - c1;
    }
    if (c2 < 0) {
      noteEvent(2, s2, i + o2);
      c2 = REPORT_BASE - c2;
    }
    if (c3 < 0) {
      noteEvent(3, s3, i + o3);
      c3 = REPORT_BASE - c3;
    }
    s0 = c0;
    s1 = c1;
    s2 = c2;
    s3 = c3;
    i++;
  }
  l0.state = s0;
  l1.state = s1;
  l2.state = s2;
  l3.state = s3;
  l0.pos = i;
  l1.pos = i + o1;
  l2.pos = i + o2;
  l3.pos = i + o3;
  return i >= stop;
}

/** Steps lane k over one unit outside `stepLanes`, noting the occurrences it completes. */
function stepNoted(dfa: LazyDfa, text: string, lane: Lane, k: number): void {
  let cell = cellAt(dfa, text, lane.pos, lane.state);
  if (cell <= REPORT_BASE) {
    noteEvent(k, lane.state, lane.pos);
    cell = REPORT_BASE - cell;
  }
  lane.state = cell;
  lane.pos++;
}

/**
 * Steps lane k, stopped at a cell that needs the slow path, over one character: both halves
 * of a surrogate pair, so that an astral character stops the lanes once.
 */
function slowStepLane(dfa: LazyDfa, text: string, lane: Lane, k: number): void {
  const unit = text.charCodeAt(lane.pos);
  stepNoted(dfa, text, lane, k);
  const pair = (unit & 0xfc00) === 0xd800 && (text.charCodeAt(lane.pos) & 0xfc00) === 0xdc00;
  if (pair && lane.pos < lane.end) stepNoted(dfa, text, lane, k);
}

/** Steps the lanes side by side as far as the shortest one goes (or the events have room). */
function runLanes(dfa: LazyDfa, text: string, lanes: Lanes): void {
  eventCounts.fill(0);
  while (!stepLanes(dfa.transitions, dfa.classOf, text, lanes)) {
    if (!hasEventRoom()) return;
    for (let k = 0; k < 4; k++) {
      const lane = lanes[k]!;
      const cls = dfa.classOf[text.charCodeAt(lane.pos)] ?? OTHER_NON_WORD;
      if (dfa.transitions[lane.state + cls] === UNKNOWN) slowStepLane(dfa, text, lane, k);
    }
  }
}

/** Offers the lanes' noted occurrences in text order, scanning what is left of each lane. */
function finishLanes(dfa: LazyDfa, list: MatchList, text: string, lanes: Lanes): void {
  for (let k = 0; k < 4; k++) {
    const to = k * EVENT_ROOM + eventCounts[k]!;
    for (let at = k * EVENT_ROOM; at < to; at += 2) {
      reportAccepts(dfa, list, events[at]!, events[at + 1]!);
    }
    runLane(dfa, list, text, lanes[k]!);
  }
}

/** A sync character in text[from, to), or -1. */
function findSync(classOf: Uint16Array, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (classOf[text.charCodeAt(i)] === OTHER_NON_WORD) return i;
  }
  return -1;
}

/**
 * Cuts the chunk held by the first lane into four lanes, each but the first starting after a
 * sync character just past a quarter of the chunk. Returns false (lanes untouched) when the
 * chunk is short or a sync character is missing.
 */
function cutLanes(classOf: Uint16Array, text: string, lanes: Lanes): boolean {
  const [first] = lanes;
  const start = first.pos;
  const end = first.end;
  if (end - start < MIN_SPLIT) return false;
  const quarter = (end - start) >> 2;
  const bounds = [start];
  for (let k = 1; k < 4; k++) {
    const from = start + k * quarter;
    const cut = findSync(classOf, text, from, from + Math.min(quarter, SYNC_SEARCH));
    if (cut === -1) return false;
    bounds.push(cut + 1);
  }
  bounds.push(end);
  lanes.forEach((lane, k) => {
    lane.pos = bounds[k] ?? end;
    lane.end = bounds[k + 1] ?? end;
    if (k > 0) lane.state = 0;
  });
  return true;
}

/** Scans `text` into `list`. */
export function scanText(dfa: LazyDfa, list: MatchList, text: string): void {
  const lanes: Lanes = [
    { pos: 0, end: 0, state: 0 },
    { pos: 0, end: 0, state: 0 },
    { pos: 0, end: 0, state: 0 },
    { pos: 0, end: 0, state: 0 },
  ];
  const [first, , , last] = lanes;
  let state = 0;
  for (let start = 0; start < text.length; start += CHUNK) {
    first.pos = start;
    first.end = Math.min(text.length, start + CHUNK);
    first.state = state;
    if (cutLanes(dfa.classOf, text, lanes)) {
      runLanes(dfa, text, lanes);
      finishLanes(dfa, list, text, lanes);
      state = last.state;
    } else {
      runLane(dfa, list, text, first);
      state = first.state;
    }
  }
  // The end of the text counts as a non-word character.
  reportAccepts(dfa, list, state, text.length);
}
