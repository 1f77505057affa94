// Scores accepted suggestions against a development set's gold. Pure: no file, no browser.

/**
 * @typedef {{ start: number, end: number }} Span
 * @typedef {{ exact: string, occurrence: number, label: string, voice: string,
 *   target: string | null, valence?: number }} GoldTerm
 * @typedef {{ exact: string, occurrence: number, why?: string }} HardNegative
 * @typedef {Span & { labelId: string, voice: string, target: string | null }} Suggested
 * @typedef {{ gold: number, suggested: number, matchedGold: number, matchedSuggested: number,
 *   hardNegatives: number, hardNegativesSuggested: number, pairs: number, voiceRight: number,
 *   targetRight: number, targetWrong: number, targetEmpty: number, labelRight: number }} Counts
 */

/**
 * Where the `occurrence`-th (1-based) raw, case-sensitive `text.indexOf(exact)` is, counting
 * non-overlapping occurrences; null when the text has fewer.
 * @param {string} text
 * @param {string} exact
 * @param {number} occurrence
 * @returns {Span | null}
 */
export function locate(text, exact, occurrence) {
  if (exact === '' || !Number.isInteger(occurrence) || occurrence < 1) return null;
  let from = 0;
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(exact, from);
    if (start === -1) return null;
    from = start + exact.length;
  }
  return { start, end: start + exact.length };
}

/**
 * Characters two spans share (0 when they do not overlap).
 * @param {Span} a
 * @param {Span} b
 */
export function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Pairs suggestions with gold spans one-to-one: every overlapping pair is a candidate, taken
 * greedily by larger overlap first, then by the earlier start (gold's, then the suggestion's).
 * @param {Span[]} gold
 * @param {Span[]} suggested
 * @returns {Array<[number, number]>} [gold index, suggestion index] pairs
 */
export function matchSpans(gold, suggested) {
  const candidates = [];
  gold.forEach((g, gi) => {
    suggested.forEach((s, si) => {
      const shared = overlap(g, s);
      if (shared > 0) candidates.push({ gi, si, shared, start: Math.min(g.start, s.start) });
    });
  });
  candidates.sort(
    (a, b) =>
      b.shared - a.shared ||
      a.start - b.start ||
      gold[a.gi].start - gold[b.gi].start ||
      suggested[a.si].start - suggested[b.si].start,
  );
  const goldTaken = new Set();
  const suggestionTaken = new Set();
  const pairs = [];
  for (const { gi, si } of candidates) {
    if (goldTaken.has(gi) || suggestionTaken.has(si)) continue;
    goldTaken.add(gi);
    suggestionTaken.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

/** @returns {Counts} */
export function emptyCounts() {
  return {
    gold: 0,
    suggested: 0,
    matchedGold: 0,
    matchedSuggested: 0,
    hardNegatives: 0,
    hardNegativesSuggested: 0,
    pairs: 0,
    voiceRight: 0,
    targetRight: 0,
    targetWrong: 0,
    targetEmpty: 0,
    labelRight: 0,
  };
}

/**
 * @param {Counts} a
 * @param {Counts} b
 * @returns {Counts}
 */
export function addCounts(a, b) {
  const sum = emptyCounts();
  for (const key of Object.keys(sum)) sum[key] = a[key] + b[key];
  return sum;
}

function locateAll(text, terms, what) {
  return terms.map((term, index) => {
    const span = locate(text, term.exact, term.occurrence);
    if (!span) {
      throw new Error(
        `${what}[${index}]: "${term.exact}" has no occurrence ${term.occurrence} in the text`,
      );
    }
    return { ...term, ...span };
  });
}

function judgePair(counts, gold, suggestion) {
  counts.pairs += 1;
  if (suggestion.voice === gold.voice) counts.voiceRight += 1;
  if (suggestion.labelId === gold.label) counts.labelRight += 1;
  const guess = suggestion.target ?? null;
  if (guess === (gold.target ?? null)) counts.targetRight += 1;
  else if (guess === null) counts.targetEmpty += 1;
  else counts.targetWrong += 1;
}

/**
 * Scores one article: the gold terms and hard negatives are located in `text`; the
 * suggestions are the accepted annotations' spans and attributes.
 * @param {{ text: string, gold: GoldTerm[], hardNegatives: HardNegative[],
 *   suggested: Suggested[] }} article
 * @returns {{ counts: Counts, missed: Array<GoldTerm & Span>, falseSuggestions: Suggested[],
 *   wrongVoices: Array<{ gold: GoldTerm & Span, suggestion: Suggested }>,
 *   hardNegativesHit: Array<HardNegative & Span> }}
 * @throws {Error} when a gold term or hard negative cannot be located in the text
 */
export function scoreArticle({ text, gold, hardNegatives, suggested }) {
  const goldSpans = locateAll(text, gold, 'gold');
  const negativeSpans = locateAll(text, hardNegatives, 'hardNegatives');
  const pairs = matchSpans(goldSpans, suggested);
  const counts = emptyCounts();
  counts.gold = goldSpans.length;
  counts.suggested = suggested.length;
  counts.matchedGold = pairs.length;
  counts.matchedSuggested = pairs.length;
  const wrongVoices = [];
  for (const [gi, si] of pairs) {
    judgePair(counts, goldSpans[gi], suggested[si]);
    if (suggested[si].voice !== goldSpans[gi].voice) {
      wrongVoices.push({ gold: goldSpans[gi], suggestion: suggested[si] });
    }
  }
  const hardNegativesHit = negativeSpans.filter((negative) =>
    suggested.some((suggestion) => overlap(negative, suggestion) > 0),
  );
  counts.hardNegatives = negativeSpans.length;
  counts.hardNegativesSuggested = hardNegativesHit.length;
  const matchedGold = new Set(pairs.map(([gi]) => gi));
  const matchedSuggestions = new Set(pairs.map(([, si]) => si));
  return {
    counts,
    missed: goldSpans.filter((_, gi) => !matchedGold.has(gi)),
    falseSuggestions: suggested.filter((_, si) => !matchedSuggestions.has(si)),
    wrongVoices,
    hardNegativesHit,
  };
}

/**
 * The rates of a set of counts; null where the denominator is 0.
 * @param {Counts} counts
 */
export function rates(counts) {
  const ratio = (part, whole) => (whole === 0 ? null : part / whole);
  return {
    recall: ratio(counts.matchedGold, counts.gold),
    precision: ratio(counts.matchedSuggested, counts.suggested),
    hardNegativesSuggested: ratio(counts.hardNegativesSuggested, counts.hardNegatives),
    voiceAccuracy: ratio(counts.voiceRight, counts.pairs),
    targetAccuracy: ratio(counts.targetRight, counts.pairs),
    targetWrong: ratio(counts.targetWrong, counts.pairs),
    targetEmpty: ratio(counts.targetEmpty, counts.pairs),
    labelAccuracy: ratio(counts.labelRight, counts.pairs),
  };
}
