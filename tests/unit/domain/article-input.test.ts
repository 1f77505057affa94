import { describe, expect, test } from 'vitest';
import { validateArticleMetadata, validateNewArticle } from '../../../src/domain/article-input';
import { formatPartialDate, isValidPartialDate } from '../../../src/domain/dates';
import { safeHttpUrl } from '../../../src/domain/urls';

const valid = {
  outletName: 'RT',
  title: 'A title',
  published: '2024-11-30',
  url: '',
  language: 'en',
  text: 'Some text.',
};

describe('new article validation', () => {
  test('accepts a complete article', () => {
    expect(validateNewArticle(valid).ok).toBe(true);
  });

  test.each([
    [{ text: '' }, 'text', 'Paste the article text: it is empty.'],
    [{ text: ' \n\t ' }, 'text', 'Paste the article text: it is empty.'],
    [{ outletName: '   ' }, 'outletName', 'Choose an outlet or type a new outlet name.'],
    [{ title: '' }, 'title', 'Give the article a title.'],
    [{ url: 'javascript:alert(1)' }, 'url', 'Only http:// or https:// links are accepted.'],
    [{ url: 'data:text/html,<b>x</b>' }, 'url', 'Only http:// or https:// links are accepted.'],
    [{ published: '2024-13' }, 'published', 'Use a date like 2024, 2024-09 or 2024-09-30.'],
    [{ published: '2023-02-30' }, 'published', 'Use a date like 2024, 2024-09 or 2024-09-30.'],
    [{ language: '' }, 'language', 'Choose the language of the text, or “Not known”.'],
    [{ language: 'English' }, 'language', 'Use a language code such as en, ar or pt-BR.'],
  ])('refuses %j', (override, field, message) => {
    const result = validateNewArticle({ ...valid, ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toBe(message);
  });
});

describe('article language', () => {
  test('a new article keeps its language tag, in its usual case', () => {
    const result = validateNewArticle({ ...valid, language: ' pt-br ' });
    expect(result.ok && result.value.language).toBe('pt-BR');
  });

  test('editing details of an article stored without a language needs none', () => {
    const result = validateArticleMetadata({
      outletName: valid.outletName,
      title: valid.title,
      published: valid.published,
      url: valid.url,
    });
    expect(result.ok && result.value.language).toBe('');
  });
});

describe('dates and links', () => {
  test('partial ISO dates', () => {
    expect(['', '2024', '2024-09', '2024-02-29'].every(isValidPartialDate)).toBe(true);
    expect(['24', '2024-9', '2023-02-29', '2024/09/01'].some(isValidPartialDate)).toBe(false);
    expect(formatPartialDate('2024-09')).toBe('Sep 2024');
    expect(formatPartialDate('2023-02-02')).toBe('2 Feb 2023');
    expect(formatPartialDate('')).toBe('Undated');
  });

  test('only absolute http(s) URLs become links', () => {
    expect(safeHttpUrl('https://levant24.com/news')).toBe('https://levant24.com/news');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
    expect(safeHttpUrl('JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('//example.org')).toBeNull();
    expect(safeHttpUrl('ftp://example.org')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
