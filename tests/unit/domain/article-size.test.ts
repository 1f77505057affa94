import { describe, expect, test } from 'vitest';
import { validateNewArticle } from '../../../src/domain/article-input';
import { checkArticleSize, MAX_ARTICLE_CHARS } from '../../../src/domain/article-size';

describe('the article size the reader opens', () => {
  test('up to the limit is accepted; one character more is refused with the limit stated', () => {
    expect(checkArticleSize('a'.repeat(MAX_ARTICLE_CHARS))).toEqual({ ok: true });
    const over = checkArticleSize('a'.repeat(MAX_ARTICLE_CHARS + 1));
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.message).toBe(
        `The text is ${(MAX_ARTICLE_CHARS + 1).toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts.`,
      );
    }
  });

  test('a pasted article over the limit is refused at the text field', () => {
    const article = { outletName: 'RT', title: 'Long', published: '', url: '', language: 'en' };
    const result = validateNewArticle({ ...article, text: 'word '.repeat(MAX_ARTICLE_CHARS) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.text).toMatch(/FrameLens opens articles of at most/);
    expect(validateNewArticle({ ...article, text: 'word '.repeat(1_000) }).ok).toBe(true);
  });
});
