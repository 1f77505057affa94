import { coveredTokens, type WordTokens } from './word-tokens';

interface LabeledSpan {
  start: number;
  end: number;
  labelId: string;
}

/**
 * One annotator's labels per word token: for every token at least one of the spans covers
 * (shares a character with), the ids of the labels covering it, sorted and without repeats.
 * Tokens no span covers are absent. Keys are token indexes in ascending order.
 */
export function tokenLabelSets(
  tokens: WordTokens,
  spans: readonly LabeledSpan[],
): Map<number, string[]> {
  const byToken = new Map<number, string[]>();
  for (const span of spans) {
    const { first, last } = coveredTokens(tokens, span.start, span.end);
    for (let token = first; token < last; token++) {
      const labels = byToken.get(token);
      if (!labels) byToken.set(token, [span.labelId]);
      else if (!labels.includes(span.labelId)) labels.push(span.labelId);
    }
  }
  let inOrder = true;
  let previous = -1;
  for (const [token, labels] of byToken) {
    if (labels.length > 1) labels.sort();
    if (token < previous) inOrder = false;
    previous = token;
  }
  // Spans in text order (the usual case) put the tokens in order already.
  if (inOrder) return byToken;
  return new Map([...byToken].sort(([a], [b]) => a - b));
}
