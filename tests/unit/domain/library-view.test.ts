import { describe, expect, test } from 'vitest';
import {
  groupByOutlet,
  searchItem,
  sortItems,
  type LibraryItem,
} from '../../../src/domain/library-view';

const items: LibraryItem[] = [
  { id: 'a', title: 'Beta', published: '2024-11-28', outletName: 'Tasnim' },
  { id: 'b', title: 'alpha', published: '2024-09', outletName: 'Levant24' },
  { id: 'c', title: 'Gamma', published: '', outletName: 'Levant24' },
  { id: 'd', title: 'Delta', published: '2023-02-02', outletName: 'RT' },
];

const texts = [
  'Militants launched an assault.',
  'A commando unit captured soldiers.',
  'Café owners fled.',
  'Terrorists, the command said.',
];

const ids = (list: LibraryItem[]) => list.map((item) => item.id);

describe('library sorting and grouping', () => {
  test('newest first puts undated last; partial dates sort as prefixes', () => {
    // 2024-11-28 > 2024-09 > 2023-02-02 > undated
    expect(ids(sortItems(items, 'newest'))).toEqual(['a', 'b', 'd', 'c']);
    expect(ids(sortItems(items, 'oldest'))).toEqual(['d', 'b', 'a', 'c']);
  });

  test('title sort ignores case', () => {
    // alpha, Beta, Delta, Gamma
    expect(ids(sortItems(items, 'title'))).toEqual(['b', 'a', 'd', 'c']);
  });

  test('groups are outlets A–Z with items newest first', () => {
    const groups = groupByOutlet(items, 'outlet');
    expect(groups.map((group) => [group.outletName, ids(group.items)])).toEqual([
      ['Levant24', ['b', 'c']],
      ['RT', ['d']],
      ['Tasnim', ['a']],
    ]);
  });
});

describe('library search', () => {
  test('matches titles and outlets without a snippet, text with one', () => {
    expect(searchItem(items[0]!, texts[0]!, 'BETA')).toEqual({ snippet: null });
    expect(searchItem(items[3]!, texts[3]!, 'rt')).toEqual({ snippet: null });
    expect(searchItem(items[1]!, texts[1]!, 'commando')).toEqual({
      snippet: 'A commando unit captured soldiers.',
    });
    expect(searchItem(items[1]!, texts[1]!, 'regime')).toBeNull();
  });

  test('an empty query matches every article, its text unread (the library passes "")', () => {
    expect(items.map((item) => searchItem(item, '', '  '))).toEqual(
      items.map(() => ({ snippet: null })),
    );
  });

  test('ignores accents and case', () => {
    expect(searchItem(items[2]!, texts[2]!, 'cafe')).not.toBeNull();
  });
});
