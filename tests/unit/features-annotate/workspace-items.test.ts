import { describe, expect, test } from 'vitest';
import { createAnnotation } from '../../../src/domain/annotations/create-annotation';
import type { Suggestion } from '../../../src/domain/suggestions/build-suggestions';
import {
  currentKey,
  stepIndex,
  suggestionKey,
  toCurrent,
  workspaceItems,
} from '../../../src/features/annotate/workspace-items';

const text = 'The militants stormed the border town, the minister said.';

const annotation = (id: string, exact: string) => {
  const start = text.indexOf(exact);
  return createAnnotation({
    id,
    articleId: 'a1',
    text,
    start,
    end: start + exact.length,
    labelId: 'loaded',
    annotatorId: 'me',
    target: null,
    voice: 'own',
    valence: 0,
    now: '2026-01-01T00:00:00.000Z',
  });
};

const suggestion = (exact: string): Suggestion => {
  const start = text.indexOf(exact);
  return {
    start,
    end: start + exact.length,
    exact,
    entryId: 'e1',
    labelId: 'loaded',
    valence: -1,
    canonical: exact,
    target: null,
    voice: 'own',
  };
};

describe('the items J/K step through', () => {
  test('annotations and suggestions in text order; at one start the longer span first', () => {
    const items = workspaceItems(
      [annotation('town', 'border town'), annotation('militants', 'militants')],
      [suggestion('stormed'), suggestion('border')],
    );
    expect(items.map((item) => item.key)).toEqual([
      'militants',
      suggestionKey(suggestion('stormed')),
      'town',
      suggestionKey(suggestion('border')),
    ]);
    expect(items.map((item) => toCurrent(item))).toEqual([
      { kind: 'annotation', id: 'militants' },
      { kind: 'suggestion', key: suggestionKey(suggestion('stormed')) },
      { kind: 'annotation', id: 'town' },
      { kind: 'suggestion', key: suggestionKey(suggestion('border')) },
    ]);
  });

  test('a suggestion is named by its offsets', () => {
    // "stormed" starts after "The militants " (14 characters) and is 7 long.
    expect(suggestionKey(suggestion('stormed'))).toBe('s:14:21');
    expect(currentKey({ kind: 'suggestion', key: 's:14:21' })).toBe('s:14:21');
    expect(currentKey({ kind: 'annotation', id: 'town' })).toBe('town');
    expect(currentKey(null)).toBeNull();
  });

  test('from nothing J goes to the first item and K to the last; both stop at the ends', () => {
    expect(stepIndex(4, -1, 1)).toBe(0);
    expect(stepIndex(4, -1, -1)).toBe(3);
    expect(stepIndex(4, 1, 1)).toBe(2);
    expect(stepIndex(4, 1, -1)).toBe(0);
    expect(stepIndex(4, 3, 1)).toBe(3);
    expect(stepIndex(4, 0, -1)).toBe(0);
  });
});
