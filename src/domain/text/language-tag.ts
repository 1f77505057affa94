/**
 * Language tags as articles store them: a BCP 47 tag ("en", "ar", "pt-BR", "zh-Hant"), "und"
 * when the language is not known, or "" for articles stored before languages were recorded.
 */

export const UNDETERMINED = 'und';

/**
 * The shape of a BCP 47 language tag (RFC 5646 "langtag"): a 2–3 letter language, extended
 * languages, script, region, variants, extensions and a private-use part. Private-use-only
 * and grandfathered tags are not accepted: a W3C Web Annotation language must begin with a
 * 2–3 letter language.
 */
const LANGUAGE_TAG =
  /^[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wyz](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** The tag in its usual case ("pt-br" → "pt-BR"); null when it is not a language tag. */
export function canonicalLanguageTag(value: string): string | null {
  const tag = value.trim();
  if (!isLanguageTag(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    // A shape Intl does not canonicalise (some extensions): kept as written.
    return tag;
  }
}

export function languageTagProblem(value: string): string {
  return `"${value}" is not a language tag (use a BCP 47 code such as "en", "ar" or "pt-BR")`;
}

let names: Intl.DisplayNames | null = null;

/** "Arabic" for "ar"; "" for "" and the tag itself when the browser has no name for it. */
export function languageName(tag: string): string {
  if (tag === '') return '';
  if (tag === UNDETERMINED) return 'Not known';
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "Arabic (ar)", as forms and the library show a language. */
export function languageLabel(tag: string): string {
  if (tag === '') return '';
  const name = languageName(tag);
  return name === tag ? tag : `${name} (${tag})`;
}

/** The languages a form offers (those detectLanguage tells apart and other common ones). */
const COMMON_LANGUAGES = (
  'am ar az bg bn bo cs da de el en es et fa fi fr gu ha he hi hr hu hy id it ja ka kk km kn ko ' +
  'ku lo lt lv ml ms my nb nl pa pl ps pt ro ru si sk sl so sq sr sv sw ta te th tl tr uk ur uz vi zh'
).split(' ');

/** Tag and label of each offered language, by name; the current tag too if it is another. */
export function languageChoices(current: string): { tag: string; label: string }[] {
  const tags = new Set(COMMON_LANGUAGES);
  if (current !== '' && current !== UNDETERMINED) tags.add(current);
  return [...tags]
    .map((tag) => ({ tag, label: languageLabel(tag) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
