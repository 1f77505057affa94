import { describe, expect, test } from 'vitest';
import { validateArticleMetadata, validateNewArticle } from '../../../src/domain/article-input';
import { cleanTitle } from '../../../src/domain/text/clean-title';

describe('cleanTitle', () => {
  test('line breaks and tabs become spaces; NUL, C0/C1 controls and bidi overrides go', () => {
    expect(cleanTitle('Shelling\r\nnear\tIdlib\n')).toBe('Shelling near Idlib');
    expect(cleanTitle('Mili\u0000tants\u0007 advance\u0085now\u009b')).toBe(
      'Militants advance now',
    );
    expect(cleanTitle('\u202Etxt.exe\u202C and \u2066isolated\u2069 \u202Aembedded\u202B')).toBe(
      'txt.exe and isolated embedded',
    );
    expect(cleanTitle('\ufeffTitle\u2028second\u2029third\u007f')).toBe('Title second third');
  });

  test('ordinary titles in any script are unchanged', () => {
    for (const title of ['هيئة تحرير الشام', 'Hayat Tahrir al-Sham “HTS”', 'Café – 2024']) {
      expect(cleanTitle(title)).toBe(title);
    }
  });

  test('the paste form and detail edits store the cleaned title', () => {
    const input = { outletName: 'RT', title: 'A\u202E title\r\n', published: '', url: '' };
    const added = validateNewArticle({ ...input, text: 'Some text.', language: 'en' });
    expect(added.ok && added.value.title).toBe('A title');
    const edited = validateArticleMetadata(input);
    expect(edited.ok && edited.value.title).toBe('A title');
    const empty = validateArticleMetadata({ ...input, title: '\u0000\u202E\r\n' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.title).toBe('Give the article a title.');
  });
});
