import type { LexiconEntry, PersonalLexiconEntry, PersonalTermOrigin } from '../types';

/**
 * The personal layer next to the lexicon. The matcher keeps the first entry that claims a form,
 * so personal entries come first: where both list a form, the person's own entry wins (it is
 * their latest word on it). A lexicon entry with a personal entry's id is left out.
 */
export function withPersonalLayer(
  lexicon: readonly LexiconEntry[],
  personal: readonly PersonalLexiconEntry[],
): LexiconEntry[] {
  if (personal.length === 0) return [...lexicon];
  const personalIds = new Set(personal.map((entry) => entry.id));
  return [...personal, ...lexicon.filter((entry) => !personalIds.has(entry.id))];
}

/** Canonical form (case- and width-insensitive) and label: the same term to a person. */
function termKey(entry: Pick<LexiconEntry, 'canonical' | 'labelId'>): string {
  return `${entry.labelId}\u0000${entry.canonical.normalize('NFKC').trim().toLocaleLowerCase('en')}`;
}

function unionForms(forms: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(forms.map((form) => form.toLocaleLowerCase('en')));
  const merged = [...forms];
  for (const form of more) {
    const key = form.toLocaleLowerCase('en');
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(form);
  }
  return merged;
}

/** The lexicon entry's own fields, without anything else the object carries (origin, date). */
export function toLexiconEntry(entry: LexiconEntry): LexiconEntry {
  return { id: entry.id, ...lexiconFields(entry) };
}

function lexiconFields(entry: LexiconEntry): Omit<LexiconEntry, 'id'> {
  const fields: Omit<LexiconEntry, 'id'> = {
    pattern: entry.pattern,
    forms: [...entry.forms],
    labelId: entry.labelId,
    valence: entry.valence,
    canonical: entry.canonical,
    note: entry.note,
  };
  if (entry.source !== undefined) fields.source = entry.source;
  return fields;
}

export interface PersonalMergeContext {
  origin: PersonalTermOrigin;
  /** ISO timestamp of the arrival. */
  addedAt: string;
  newId: () => string;
}

/**
 * What adding `incoming` terms to the personal layer writes: a term the layer already has
 * (same canonical form and label) gains the forms it lacked and keeps its id, origin, valence
 * and date; any other term is added with a fresh id and the given origin. Never removes or
 * replaces the person's own terms. Returns only the rows that change.
 */
export function mergePersonalTerms(
  existing: readonly PersonalLexiconEntry[],
  incoming: readonly LexiconEntry[],
  context: PersonalMergeContext,
): PersonalLexiconEntry[] {
  const byKey = new Map(existing.map((entry) => [termKey(entry), entry]));
  const changed = new Map<string, PersonalLexiconEntry>();
  for (const entry of incoming) {
    const key = termKey(entry);
    const known = byKey.get(key);
    if (known) {
      const forms = unionForms(known.forms, entry.forms);
      if (forms.length === known.forms.length) continue;
      const updated = { ...known, forms };
      byKey.set(key, updated);
      changed.set(key, updated);
      continue;
    }
    const added: PersonalLexiconEntry = {
      ...lexiconFields(entry),
      id: context.newId(),
      origin: context.origin,
      addedAt: context.addedAt,
    };
    byKey.set(key, added);
    changed.set(key, added);
  }
  return [...changed.values()];
}
