import { defaultCodebook } from '../../src/domain/default-codebook';
import { quoteSelector } from '../../src/domain/text/quote-selector';
import type { Annotation, Annotator } from '../../src/domain/types';
import { SeededRandom } from './seeded-random';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

type Span = { start: number; end: number };

function wordsOf(text: string): Span[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The first word index at or after `offset` (binary search over word starts). */
function wordAt(words: readonly Span[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, words.length - 1);
}

/**
 * Another annotator's reading of the same span, as people differ: most keep it (80%); some
 * move a boundary by a word (8%), choose another label (6%), or mark another word instead (6%).
 */
function variant(random: SeededRandom, words: readonly Span[], base: Annotation) {
  const labelIds = defaultCodebook.labels.map((label) => label.id);
  const roll = random.int(0, 99);
  if (roll < 80) return { start: base.start, end: base.end, labelId: base.labelId };
  if (roll < 88) {
    const at = wordAt(words, base.start);
    const next = words[at + 1];
    const longer = next && random.chance(0.5);
    const end = longer ? next.end : (words[at]?.end ?? base.end);
    return { start: base.start, end, labelId: base.labelId };
  }
  if (roll < 94) {
    const others = labelIds.filter((id) => id !== base.labelId);
    return { start: base.start, end: base.end, labelId: random.pick(others) };
  }
  const word = random.pick(words);
  return { start: word.start, end: word.end, labelId: random.pick(labelIds) };
}

/**
 * `count` annotators coding the same texts: the first is `first` with `base` as it is, every
 * other one a seeded variant of each base annotation (the same number of annotations each).
 */
export function annotatorVariants(
  base: readonly Annotation[],
  texts: ReadonlyMap<string, string>,
  count: number,
  first: Annotator,
  seed: number,
): { annotators: Annotator[]; annotations: Annotation[] } {
  const random = new SeededRandom(seed);
  const words = new Map([...texts].map(([id, text]) => [id, wordsOf(text)]));
  const annotators: Annotator[] = [first];
  const annotations: Annotation[] = [...base];
  for (let k = 1; k < count; k += 1) {
    const annotator: Annotator = {
      id: `bench-coder-${k}`,
      name: `Coder ${String(k + 1).padStart(2, '0')}`,
      role: 'annotator',
    };
    annotators.push(annotator);
    for (const annotation of base) {
      const text = texts.get(annotation.articleId) ?? '';
      const span = variant(random, words.get(annotation.articleId) ?? [], annotation);
      annotations.push({
        ...annotation,
        ...span,
        ...quoteSelector(text, span.start, span.end),
        id: `${annotation.id}-c${k}`,
        annotatorId: annotator.id,
        valence: random.chance(0.8) ? annotation.valence : random.int(-2, 2),
      });
    }
  }
  return { annotators, annotations };
}
