import type { CaretMove } from '../../../domain/text/caret-moves';

/** What an arrow, Home or End key does to the keyboard selection in the text. */
export type CaretKey = { move: CaretMove } | { line: 1 | -1 };

/**
 * The move a key asks for, or null for other keys. Ctrl or Alt with Left/Right moves by
 * sentence; in a right-to-left paragraph Left and Right follow what is seen, so ArrowLeft
 * goes on to the next word.
 */
export function caretKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  /** Asked only for Left/Right: which way the caret's paragraph runs. */
  rightToLeft: () => boolean,
): CaretKey | null {
  const bySentence = event.ctrlKey || event.altKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
      return { line: -1 };
    case 'ArrowDown':
      return { line: 1 };
    case 'Home':
      return { move: 'paragraph-start' };
    case 'End':
      return { move: 'paragraph-end' };
    case 'ArrowRight':
    case 'ArrowLeft': {
      const forward = (event.key === 'ArrowRight') !== rightToLeft();
      if (bySentence) return { move: forward ? 'sentence-forward' : 'sentence-backward' };
      return { move: forward ? 'word-forward' : 'word-backward' };
    }
    default:
      return null;
  }
}
