import { describe, expect, test } from 'vitest';
import { caretKey } from '../../../src/features/annotate/keys/caret-keys';

const press = (key: string, modifiers: { ctrlKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

const leftToRight = () => false;
const rightToLeft = () => true;

describe('what the arrow keys mean in the text', () => {
  test('left to right: Right goes on, Left back; Ctrl or Alt by sentence', () => {
    expect(caretKey(press('ArrowRight'), leftToRight)).toEqual({ move: 'word-forward' });
    expect(caretKey(press('ArrowLeft'), leftToRight)).toEqual({ move: 'word-backward' });
    expect(caretKey(press('ArrowRight', { ctrlKey: true }), leftToRight)).toEqual({
      move: 'sentence-forward',
    });
    expect(caretKey(press('ArrowLeft', { altKey: true }), leftToRight)).toEqual({
      move: 'sentence-backward',
    });
  });

  test('right to left: Left goes on to the next word (visually left), Right back', () => {
    expect(caretKey(press('ArrowLeft'), rightToLeft)).toEqual({ move: 'word-forward' });
    expect(caretKey(press('ArrowRight'), rightToLeft)).toEqual({ move: 'word-backward' });
    expect(caretKey(press('ArrowLeft', { ctrlKey: true }), rightToLeft)).toEqual({
      move: 'sentence-forward',
    });
  });

  test('Up/Down by line, Home/End to the paragraph; other keys are not moves', () => {
    expect(caretKey(press('ArrowUp'), rightToLeft)).toEqual({ line: -1 });
    expect(caretKey(press('ArrowDown'), leftToRight)).toEqual({ line: 1 });
    expect(caretKey(press('Home'), leftToRight)).toEqual({ move: 'paragraph-start' });
    expect(caretKey(press('End'), rightToLeft)).toEqual({ move: 'paragraph-end' });
    expect(caretKey(press('j'), leftToRight)).toBeNull();
  });
});
