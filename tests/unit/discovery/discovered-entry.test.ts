import { describe, expect, it } from 'vitest';
import { discoveredEntry, isInLexicon } from '../../../src/domain/discovery/discovered-entry';
import { chosenArticleIds } from '../../../src/domain/discovery/discovery-selection';
import { keywordInContext } from '../../../src/domain/discovery/keyword-in-context';
import { compileLexicon } from '../../../src/domain/lexicon/match-lexicon';
import type { LexiconEntry } from '../../../src/domain/types';

const entry = (canonical: string, forms: string[]): LexiconEntry => ({
  id: canonical,
  pattern: canonical,
  forms,
  labelId: 'loaded-language',
  valence: -1,
  canonical,
  note: '',
});

describe('discoveredEntry', () => {
  it('is a personal-layer entry with the term, its simple forms and where it came from', () => {
    const added = discoveredEntry(
      { term: 'war monitor', z: 1.4629, labelId: 'actor-label', valence: 0 },
      'id-1',
      '2026-12-07T03:00:00.000Z',
    );
    expect(added).toEqual({
      id: 'id-1',
      pattern: 'war monitor',
      forms: ['war monitor', 'war monitors'],
      labelId: 'actor-label',
      valence: 0,
      canonical: 'war monitor',
      note: '',
      source: 'Discovered in the corpus (z = 1.5)',
      origin: 'discovered',
      addedAt: '2026-12-07T03:00:00.000Z',
    });
  });
});

describe('isInLexicon', () => {
  const matcher = compileLexicon([
    entry('regime', ['regime', 'regimes']),
    entry('foreign-backed', ['foreign-backed']),
  ]);

  it('knows a term any entry matches whole, whatever its form, case or hyphen', () => {
    expect(isInLexicon(matcher, 'regimes')).toBe(true);
    expect(isInLexicon(matcher, 'foreign backed')).toBe(true);
  });

  it('does not take a phrase that only contains an entry for the entry', () => {
    expect(isInLexicon(matcher, 'regime forces')).toBe(false);
    expect(isInLexicon(matcher, 'regimen')).toBe(false);
  });
});

describe('chosenArticleIds', () => {
  const articles = [
    { id: 'a1', outletId: 'o1' },
    { id: 'a2', outletId: 'o2' },
    { id: 'a3', outletId: 'o2' },
  ];

  it('takes every article by default, else those of the chosen outlets and articles', () => {
    expect(chosenArticleIds(articles, { outletIds: null, articleIds: null })).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
    expect(chosenArticleIds(articles, { outletIds: ['o2'], articleIds: null })).toEqual([
      'a2',
      'a3',
    ]);
    expect(chosenArticleIds(articles, { outletIds: ['o2'], articleIds: ['a1', 'a3'] })).toEqual([
      'a3',
    ]);
  });
});

describe('keywordInContext', () => {
  it('cuts the context at white space and collapses line breaks', () => {
    const text = 'Police said the\n\nmob attacked shops near the old market square today.';
    const start = text.indexOf('mob');
    expect(keywordInContext(text, start, start + 3, 12)).toEqual({
      before: 'said the ',
      keyword: 'mob',
      after: ' attacked',
      cutBefore: true,
      cutAfter: true,
    });
  });
});
