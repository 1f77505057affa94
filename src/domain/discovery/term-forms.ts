const ENDS_SIBILANT = /(?:s|x|z|ch|sh)$/u;
const CONSONANT_Y = /[^aeiou]y$/u;
/** Endings of words that are singular although they end in s (status, crisis, chaos, press). */
const SINGULAR_S = /(?:ss|us|is|os)$/u;
/** Endings of adjectives, adverbs and participles, which have no plural. */
const NO_NUMBER = /(?:ed|ing|ly|ous|ful|less|ive)$/u;

function pluralOf(word: string): string {
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
  return ENDS_SIBILANT.test(word) ? `${word}es` : `${word}s`;
}

function singularOf(word: string): string | null {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && ENDS_SIBILANT.test(word.slice(0, -2))) return word.slice(0, -2);
  if (word.endsWith('s') && !SINGULAR_S.test(word) && word.length > 3) return word.slice(0, -1);
  return null;
}

/**
 * The term and its simple English number variant, inflecting the last word only: "thug" →
 * "thugs", "militias" → "militia", "war monitor" → "war monitors". Regular endings only; a
 * word that is singular though it ends in s ("chaos", "crisis"), and an adjective, adverb or
 * participle ("foreign-backed", "shocking", "brutally"), gets no variant.
 */
export function simpleForms(term: string): string[] {
  const cut = Math.max(term.lastIndexOf(' '), term.lastIndexOf('-')) + 1;
  const head = term.slice(0, cut);
  const last = term.slice(cut);
  if (!/^\p{L}+$/u.test(last) || last.length < 2 || NO_NUMBER.test(last)) return [term];
  const variant = last.endsWith('s') ? singularOf(last) : pluralOf(last);
  return variant === null ? [term] : [term, `${head}${variant}`];
}
