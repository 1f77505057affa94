import type { LexiconEntry } from '../../types';

export type LabelId =
  | 'actor-label'
  | 'loaded-language'
  | 'action-framing'
  | 'attribution-doubt'
  | 'legitimacy-qualifier'
  | 'casualty-framing';

const APOSTROPHES = ["'", '\u2019'];
const HYPHEN_OR_SPACE = ['-', ' '];

function expand(forms: string[], char: string, replacements: string[]): string[] {
  return forms.flatMap((form) => {
    const [head = '', ...tail] = form.split(char);
    let spellings = [head];
    for (const part of tail) {
      spellings = spellings.flatMap((prefix) => replacements.map((r) => prefix + r + part));
    }
    return spellings;
  });
}

/** Adds curly-apostrophe and hyphen-as-space spellings; keeps order, drops duplicates. */
export function variants(...forms: string[]): string[] {
  return [...new Set(expand(expand(forms, "'", APOSTROPHES), '-', HYPHEN_OR_SPACE))];
}

export function entry(
  id: string,
  labelId: LabelId,
  valence: number,
  canonical: string,
  forms: string[],
  note: string,
  source?: string,
): LexiconEntry {
  return {
    id: `lx-${id}`,
    pattern: canonical,
    forms: variants(...forms),
    labelId,
    valence,
    canonical,
    note,
    ...(source === undefined ? {} : { source }),
  };
}

/** One row of a shipped list: [id, valence, forms (the first is canonical), note]. */
export type Row = [id: string, valence: number, forms: string[], note: string];

/** Entries of one label that share one source. */
export function rows(labelId: LabelId, source: string, list: readonly Row[]): LexiconEntry[] {
  return list.map(([id, valence, forms, note]) =>
    entry(id, labelId, valence, forms[0] ?? id, forms, note, source),
  );
}

/** Gives every entry without a source this one. */
export function cited(source: string, entries: readonly LexiconEntry[]): LexiconEntry[] {
  return entries.map((item) => (item.source === undefined ? { ...item, source } : item));
}
