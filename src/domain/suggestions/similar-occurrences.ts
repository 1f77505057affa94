import { detectVoice } from '../attribution/detect-voice';
import { byTextOrder } from '../annotations/create-annotation';
import { slugify } from '../codebook/edit-codebook';
import { formKeys } from '../lexicon/form-keys';
import { compileLexicon, findMatches, type LexiconMatcher } from '../lexicon/match-lexicon';
import type { Annotation, LexiconEntry, PersonalLexiconEntry } from '../types';
import type { Suggestion } from './build-suggestions';

/**
 * "Annotate similar": the words a person marked by hand, and the forms under which its other
 * occurrences are looked for — the forms of the lexicon (or personal-layer) entry that already
 * has those words, else the words with their simple English number inflection.
 */
export interface SimilarTerm {
  /** The entry whose forms are used; null when no entry has the marked words. */
  entry: LexiconEntry | null;
  canonical: string;
  forms: string[];
}

/** Plural-looking words whose singular is not the word without its "s". */
const NOT_PLURAL = new Set([
  'news',
  'series',
  'species',
  'means',
  'politics',
  'economics',
  'ethics',
  'physics',
  'headquarters',
  'whereabouts',
  'crossroads',
  'chaos',
  'bias',
  'gas',
  'alias',
  'atlas',
  'canvas',
  'status',
  'lens',
  'was',
  'has',
  'its',
]);

/** Adjective and adverb endings: such words have no number ("brutally", "foreign-funded"). */
const UNINFLECTED_ENDING = /(?:ed|ous|ful|.{3}(?:ally|ely|edly))$/;
const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;
/** Stems whose plural adds "es" where dropping only the "s" would be wrong ("taxes", "masses"). */
const ES_STEM = /(?:x|ch|sh|ss|zz)$/;

function singularOf(word: string): string | null {
  if (NOT_PLURAL.has(word)) return null;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && ES_STEM.test(word.slice(0, -2))) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return null;
}

function pluralOf(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`;
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
  if (word.endsWith('is')) return `${word.slice(0, -2)}es`;
  if (SIBILANT.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The term and its number inflection on the last word ("civilian" ↔ "civilians", "gunman" ↔
 * "gunmen", "militia" → "militias"). Only for lower-case Latin words: other scripts inflect
 * otherwise, and the marked words alone are still found.
 */
export function inflectedForms(term: string): string[] {
  const last = /[a-z]+$/.exec(term)?.[0];
  if (!last || last.length < 3 || !/(?:^|[\s-])[a-z]+$/.test(term)) return [term];
  if (NOT_PLURAL.has(last) || UNINFLECTED_ENDING.test(last)) return [term];
  const head = term.slice(0, term.length - last.length);
  const singular = singularOf(last);
  const base = singular ?? last;
  return [...new Set([term, `${head}${base}`, `${head}${pluralOf(base)}`])];
}

/** The marked words as a lexicon would write them: one space between words, lower case. */
function canonicalOf(exact: string): string {
  return exact.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * The term of marked words: an entry (lexicon first, then the personal layer, in the order
 * given) with a form equal to the words up to case, apostrophes and hyphens, or a new term.
 * Null when the words have nothing to match (only spaces).
 */
export function similarTerm(exact: string, entries: readonly LexiconEntry[]): SimilarTerm | null {
  const [key] = formKeys(exact);
  if (key === undefined) return null;
  const entry = entries.find((candidate) =>
    candidate.forms.some((form) => formKeys(form).includes(key)),
  );
  if (entry) return { entry, canonical: entry.canonical, forms: entry.forms };
  const canonical = canonicalOf(exact);
  return { entry: null, canonical, forms: inflectedForms(canonical) };
}

/** A matcher for one term's forms (compiled once, then used on many texts). */
export function compileForms(forms: readonly string[]): LexiconMatcher {
  return compileLexicon([
    {
      id: 'similar',
      pattern: forms[0] ?? '',
      forms: [...forms],
      labelId: '',
      valence: 0,
      canonical: '',
      note: '',
    },
  ]);
}

/**
 * Where the term's forms occur in a text: whole words only (no "mob" in "mobile"), any case,
 * any apostrophe or hyphen, longest form first.
 */
export function occurrencesOf(
  matcher: LexiconMatcher,
  text: string,
): { start: number; end: number }[] {
  return findMatches(matcher, text).map(({ start, end }) => ({ start, end }));
}

/** The personal-layer id of a term: "px-" and the slug of its canonical form. */
export function personalTermId(canonical: string): string | null {
  const slug = slugify(canonical);
  return slug ? `px-${slug}` : null;
}

/**
 * The personal-layer entry for a term marked by hand that no entry has: the label and valence
 * the person gave it. Null when the words have no letters or digits to name it by.
 */
export function personalTermFor(
  term: SimilarTerm,
  marked: Pick<Annotation, 'labelId' | 'valence'>,
  addedAt: string,
): PersonalLexiconEntry | null {
  const id = personalTermId(term.canonical);
  if (!id) return null;
  return {
    id,
    pattern: term.canonical,
    forms: term.forms,
    labelId: marked.labelId,
    valence: marked.valence,
    canonical: term.canonical,
    note: '',
    source: 'Marked by hand',
    origin: 'marked',
    addedAt,
  };
}

/**
 * The other occurrences of a marked term in a text, offered as suggestions that carry the
 * marked annotation's label, valence and target; the voice is judged at each occurrence.
 * Occurrences over words for which `handled` is true (annotated or rejected) are left out.
 */
export function similarSuggestions(
  text: string,
  term: SimilarTerm,
  marked: Pick<Annotation, 'labelId' | 'valence' | 'target'>,
  handled: (start: number, end: number) => boolean,
): Suggestion[] {
  const entryId = term.entry?.id ?? personalTermId(term.canonical) ?? 'similar';
  return occurrencesOf(compileForms(term.forms), text)
    .filter(({ start, end }) => !handled(start, end))
    .map(({ start, end }) => ({
      start,
      end,
      entryId,
      labelId: marked.labelId,
      valence: marked.valence,
      canonical: term.canonical,
      exact: text.slice(start, end),
      target: marked.target,
      voice: detectVoice(text, start, end),
    }));
}

/**
 * The lexicon's suggestions with the similar occurrences added; a lexicon suggestion over the
 * same words as a similar occurrence gives way to it (it carries the person's own choices).
 */
export function withSimilar(
  suggestions: readonly Suggestion[],
  similar: readonly Suggestion[],
): Suggestion[] {
  if (similar.length === 0) return [...suggestions];
  const overlapsSimilar = (s: Suggestion) =>
    similar.some((offer) => offer.start < s.end && s.start < offer.end);
  return [...suggestions.filter((s) => !overlapsSimilar(s)), ...similar].sort(byTextOrder);
}

/**
 * Which offer becomes current after `span` (the marked words, or an offer just confirmed):
 * the first one after it, else the first one before it (wrapping round), else none.
 */
export function nextOffer<T extends { start: number; end: number }>(
  offers: readonly T[],
  span: { start: number; end: number },
): T | null {
  const others = offers.filter((offer) => offer.start !== span.start || offer.end !== span.end);
  return others.find((offer) => offer.start >= span.end) ?? others[0] ?? null;
}
