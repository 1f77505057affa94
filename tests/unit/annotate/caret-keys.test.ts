import { describe, expect, test } from 'vitest';
import { caretKey } from '../../../src/features/annotate/keys/caret-keys';

const press = (key: string, modifiers: { ctrlKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('what the arrow keys mean in the text', () => {
  test('left to right: Right goes on, Left back; Ctrl or Alt by sentence', () => {
    expect(caretKey(press('ArrowRight'), false)).toEqual({ move: 'word-forward' });
    expect(caretKey(press('ArrowLeft'), false)).toEqual({ move: 'word-backward' });
    expect(caretKey(press('ArrowRight', { ctrlKey: true }), false)).toEqual({
      move: 'sentence-forward',
    });
    expect(caretKey(press('ArrowLeft', { altKey: true }), false)).toEqual({
      move: 'sentence-backward',
    });
  });

  test('right to left: Left goes on to the next word (visually left), Right back', () => {
    expect(caretKey(press('ArrowLeft'), true)).toEqual({ move: 'word-forward' });
    expect(caretKey(press('ArrowRight'), true)).toEqual({ move: 'word-backward' });
    expect(caretKey(press('ArrowLeft', { ctrlKey: true }), true)).toEqual({
      move: 'sentence-forward',
    });
  });

  test('Up/Down by line, Home/End to the paragraph; other keys are not moves', () => {
    expect(caretKey(press('ArrowUp'), true)).toEqual({ line: -1 });
    expect(caretKey(press('ArrowDown'), false)).toEqual({ line: 1 });
    expect(caretKey(press('Home'), false)).toEqual({ move: 'paragraph-start' });
    expect(caretKey(press('End'), true)).toEqual({ move: 'paragraph-end' });
    expect(caretKey(press('j'), false)).toBeNull();
  });
});
