import { stepIndex } from '../workspace-items';

interface Stop {
  key: string;
  start: number;
  end: number;
}

/**
 * Where J (+1) or K (−1) goes: from the current item to its neighbour; with no current item
 * (or one not listed yet, as words just labelled are until their write is read back), to the
 * first item ending at or after the end of the caret's words (J), or the last starting at or
 * before their start (K): an item under the caret comes first. −1: stay.
 */
export function nextItemIndex(
  items: readonly Stop[],
  currentKey: string | null,
  caret: { start: number; end: number } | null,
  step: 1 | -1,
): number {
  const index = currentKey === null ? -1 : items.findIndex((item) => item.key === currentKey);
  if (index !== -1 || !caret) return stepIndex(items.length, index, step);
  if (step === 1) return items.findIndex((item) => item.end >= caret.end);
  return items.findLastIndex((item) => item.start <= caret.start);
}
