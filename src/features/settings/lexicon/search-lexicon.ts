import type { LexiconEntry } from '../../../domain/types';

export interface SearchableEntry {
  entry: LexiconEntry;
  /** Every searchable field, folded once so each keystroke only runs `includes`. */
  haystack: string;
}

function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function makeSearchable(entries: readonly LexiconEntry[]): SearchableEntry[] {
  return entries.map((entry) => ({
    entry,
    haystack: fold([entry.pattern, entry.canonical, entry.note, ...entry.forms].join('\n')),
  }));
}

/** Entries matching every word of the query (in any text field) and the label, if one is chosen. */
export function filterLexicon(
  entries: readonly SearchableEntry[],
  query: string,
  labelId: string,
): LexiconEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches: LexiconEntry[] = [];
  for (const { entry, haystack } of entries) {
    if (labelId !== '' && entry.labelId !== labelId) continue;
    if (words.every((word) => haystack.includes(word))) matches.push(entry);
  }
  return matches;
}
