import search from 'approx-string-match';
import {
  foldForAnchoring,
  makeAnchorText,
  toAnchorOffset,
  toOriginalSpan,
  type AnchorText,
} from './anchor-text';
import { similarity } from './similarity';

/**
 * Finds an annotation again in a text that may differ from the one it was made on:
 * 1. position — the text at [start, end) is still `exact`;
 * 2. exact search — every occurrence of `exact`, scored by prefix, suffix and distance;
 * 3. fuzzy — approx-string-match with up to ⌊len/4⌋ errors, scored by quote, prefix, suffix
 *    and distance.
 * A candidate scoring below MIN_ANCHOR_SCORE — or, for a repeated or approximate quote, one
 * whose context disagrees on either side — is never used: the annotation is orphaned, so it
 * is never placed on wrong words. Comparisons ignore CRLF/LF and curly/straight quotes;
 * returned offsets are UTF-16 offsets into the real text.
 */

export interface AnchorSelector {
  /** Old UTF-16 offsets (in the text the annotation was made on). */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorStatus = 'exact-position' | 'exact-search' | 'fuzzy';

export type AnchorResult =
  | { status: AnchorStatus; start: number; end: number; score: number }
  | { status: 'orphaned'; reason: string };

/** Weights after Hypothesis' anchoring: the quote dominates, then context, then position. */
const WEIGHT_QUOTE = 50;
const WEIGHT_PREFIX = 20;
const WEIGHT_SUFFIX = 20;
const WEIGHT_POSITION = 2;

/**
 * Minimum weighted score (0–1). An exact quote with no context agreement and a perfect
 * position scores 52/92 ≈ 0.57 — below it, so a repeated word is only re-found where its
 * surroundings still agree (about half the context or more).
 */
export const MIN_ANCHOR_SCORE = 0.75;
/**
 * When a quote occurs more than once, or only approximately, the winner must also agree on
 * each side of its context (at least half similar, for sides of 8+ characters): a repeated
 * phrase whose suffix matches but whose prefix does not is another mention, not this one.
 */
const MIN_SIDE_LENGTH = 8;
const MIN_SIDE_SIMILARITY = 0.5;
/** Quotes shorter than this are only searched exactly (⌊len/4⌋ would allow no error anyway). */
const MIN_FUZZY_LENGTH = 4;
/** Bound on occurrences considered for very common quotes. */
const MAX_CANDIDATES = 5000;
/** How many of them are scored with edit distances. */
const SHORTLIST = 24;

interface PreparedSelector {
  exact: string;
  prefix: string;
  suffix: string;
  expected: number;
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
  score: number;
  /** Each side of context the annotation had (≥ MIN_SIDE_LENGTH) is at least half similar. */
  contextAgrees: boolean;
}

function scoreCandidate(
  anchor: AnchorText,
  selector: PreparedSelector,
  start: number,
  end: number,
  quote: number,
): Candidate {
  const text = anchor.text;
  let total = WEIGHT_QUOTE * quote;
  let weight = WEIGHT_QUOTE + WEIGHT_POSITION;
  let contextAgrees = true;
  if (selector.prefix !== '') {
    const before = text.slice(Math.max(0, start - selector.prefix.length), start);
    const sim = similarity(selector.prefix, before);
    total += WEIGHT_PREFIX * sim;
    weight += WEIGHT_PREFIX;
    if (selector.prefix.length >= MIN_SIDE_LENGTH && sim < MIN_SIDE_SIMILARITY)
      contextAgrees = false;
  }
  if (selector.suffix !== '') {
    const after = text.slice(end, end + selector.suffix.length);
    const sim = similarity(selector.suffix, after);
    total += WEIGHT_SUFFIX * sim;
    weight += WEIGHT_SUFFIX;
    if (selector.suffix.length >= MIN_SIDE_LENGTH && sim < MIN_SIDE_SIMILARITY)
      contextAgrees = false;
  }
  const distance = Math.abs(start - selector.expected);
  total += WEIGHT_POSITION * (1 - Math.min(1, distance / Math.max(text.length, 1)));
  return { start, end, quote, score: total / weight, contextAgrees };
}

function better(a: Candidate | null, b: Candidate, expected: number): Candidate {
  if (!a) return b;
  if (b.score !== a.score) return b.score > a.score ? b : a;
  // Equal scores: nearer to the old position, then earlier.
  const da = Math.abs(a.start - expected);
  const db = Math.abs(b.start - expected);
  if (da !== db) return db < da ? b : a;
  return b.start < a.start ? b : a;
}

interface Span {
  start: number;
  end: number;
  quote: number;
}

function commonSuffixLength(a: string, text: string, end: number): number {
  let n = 0;
  while (n < a.length && n < end && a.charCodeAt(a.length - 1 - n) === text.charCodeAt(end - 1 - n))
    n++;
  return n;
}

function commonPrefixLength(a: string, text: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < text.length && a.charCodeAt(n) === text.charCodeAt(start + n))
    n++;
  return n;
}

/**
 * Scores spans fully (edit distances) — all of them when few, else the SHORTLIST whose
 * context agrees longest character by character, so a quote that occurs thousands of times
 * costs thousands of cheap comparisons, not thousands of edit distances.
 */
function scoreSpans(anchor: AnchorText, selector: PreparedSelector, spans: Span[]): Candidate[] {
  let chosen = spans;
  if (spans.length > SHORTLIST) {
    const text = anchor.text;
    const keyed = spans.map((span) => ({
      span,
      agree:
        commonSuffixLength(selector.prefix, text, span.start) +
        commonPrefixLength(selector.suffix, text, span.end),
      distance: Math.abs(span.start - selector.expected),
    }));
    keyed.sort((a, b) => b.agree - a.agree || a.distance - b.distance);
    chosen = keyed.slice(0, SHORTLIST).map((entry) => entry.span);
  }
  return chosen.map((span) => scoreCandidate(anchor, selector, span.start, span.end, span.quote));
}

/**
 * The best exact occurrence that may be used (the only one, or one whose context agrees on
 * both sides), else the best occurrence at all, for the orphan message; null if none.
 */
function exactCandidates(
  anchor: AnchorText,
  selector: PreparedSelector,
): { best: Candidate; usable: boolean } | null {
  const spans: Span[] = [];
  for (
    let at = anchor.text.indexOf(selector.exact);
    at !== -1 && spans.length < MAX_CANDIDATES;
    at = anchor.text.indexOf(selector.exact, at + 1)
  ) {
    spans.push({ start: at, end: at + selector.exact.length, quote: 1 });
  }
  const unique = spans.length === 1;
  let usable: Candidate | null = null;
  let any: Candidate | null = null;
  for (const candidate of scoreSpans(anchor, selector, spans)) {
    any = better(any, candidate, selector.expected);
    if (unique || candidate.contextAgrees) usable = better(usable, candidate, selector.expected);
  }
  if (usable) return { best: usable, usable: true };
  return any ? { best: any, usable: false } : null;
}

function fuzzyIn(
  anchor: AnchorText,
  selector: PreparedSelector,
  from: number,
  to: number,
  maxErrors: number,
  best: Candidate | null,
): Candidate | null {
  const lo = Math.max(0, from);
  const window = anchor.text.slice(lo, Math.min(anchor.text.length, to));
  const spans = search(window, selector.exact, maxErrors)
    .slice(0, MAX_CANDIDATES)
    .map((match) => ({
      start: lo + match.start,
      end: lo + match.end,
      quote: 1 - match.errors / selector.exact.length,
    }));
  let result = best;
  for (const candidate of scoreSpans(anchor, selector, spans)) {
    if (candidate.contextAgrees) result = better(result, candidate, selector.expected);
  }
  return result;
}

function fuzzyCandidates(anchor: AnchorText, selector: PreparedSelector): Candidate | null {
  const length = selector.exact.length;
  const maxErrors = Math.floor(length / 4);
  // approx-string-match reports only the lowest-error matches in what it is given, so a
  // slightly worse match in the right place could hide behind a better one elsewhere: search
  // the whole text, a window around the old position, and where the context is found.
  let best = fuzzyIn(anchor, selector, 0, anchor.text.length, maxErrors, null);
  const margin = Math.max(256, length * 4);
  best = fuzzyIn(
    anchor,
    selector,
    selector.expected - margin,
    selector.expected + length + margin,
    maxErrors,
    best,
  );
  const context = selector.prefix + selector.exact + selector.suffix;
  if (context.length > length) {
    const contexts = search(anchor.text, context, Math.floor(context.length / 4));
    for (const match of contexts.slice(0, 20)) {
      best = fuzzyIn(anchor, selector, match.start - 8, match.end + 8, maxErrors, best);
    }
  }
  return best;
}

function quoteForMessage(exact: string): string {
  const cut = exact.length > 40 ? `${exact.slice(0, 40)}…` : exact;
  return `“${cut}”`;
}

/** Prepares a text once for anchoring many annotations in it. */
export function createAnchorer(text: string): (selector: AnchorSelector) => AnchorResult {
  let anchor: AnchorText | null = null;
  return (selector) => {
    const { start, end, exact } = selector;
    if (exact === '')
      return { status: 'orphaned', reason: 'the annotation has no quote to look for' };
    if (
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      end <= text.length &&
      text.slice(start, end) === exact
    ) {
      return { status: 'exact-position', start, end, score: 1 };
    }
    anchor ??= makeAnchorText(text);
    const prepared: PreparedSelector = {
      exact: foldForAnchoring(exact),
      prefix: foldForAnchoring(selector.prefix),
      suffix: foldForAnchoring(selector.suffix),
      expected: toAnchorOffset(anchor, Number.isFinite(start) ? start : 0),
    };

    const exactHit = exactCandidates(anchor, prepared);
    if (exactHit?.usable && exactHit.best.score >= MIN_ANCHOR_SCORE) {
      const span = toOriginalSpan(anchor, exactHit.best.start, exactHit.best.end);
      return { status: 'exact-search', ...span, score: exactHit.best.score };
    }
    const fuzzyHit =
      prepared.exact.length >= MIN_FUZZY_LENGTH ? fuzzyCandidates(anchor, prepared) : null;
    if (fuzzyHit && fuzzyHit.score >= MIN_ANCHOR_SCORE) {
      const span = toOriginalSpan(anchor, fuzzyHit.start, fuzzyHit.end);
      return {
        status: fuzzyHit.quote === 1 ? 'exact-search' : 'fuzzy',
        ...span,
        score: fuzzyHit.score,
      };
    }
    if (exactHit) {
      return {
        status: 'orphaned',
        reason: `${quoteForMessage(exact)} occurs, but not in the same context`,
      };
    }
    if (fuzzyHit) {
      return {
        status: 'orphaned',
        reason: `${quoteForMessage(exact)} was not found; the closest text scored ${fuzzyHit.score.toFixed(2)}, below ${MIN_ANCHOR_SCORE}`,
      };
    }
    return { status: 'orphaned', reason: `${quoteForMessage(exact)} was not found in the text` };
  };
}

/** Re-anchors one annotation (use createAnchorer for many in the same text). */
export function reanchor(text: string, selector: AnchorSelector): AnchorResult {
  return createAnchorer(text)(selector);
}
