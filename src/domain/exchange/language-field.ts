import { detectLanguage } from '../text/detect-language';
import { canonicalLanguageTag, languageTagProblem } from '../text/language-tag';
import { fail, succeed, type ParseResult } from './result';

/**
 * An article's language as an imported file gives it: a BCP 47 tag, or empty when the file
 * names none (the language is then told from the text). Anything else refuses the file.
 */

/** The file's language in its usual case, '' when it names none; `at` says where it is. */
export function readLanguageTag(value: string, at: string): ParseResult<string> {
  if (value.trim() === '') return succeed('');
  const tag = canonicalLanguageTag(value);
  return tag === null ? fail(`${at}: ${languageTagProblem(value)}`, at) : succeed(tag);
}

/** The language an imported article is stored with: the file's, else told from its text. */
export function importedLanguage(given: string, text: string): string {
  return canonicalLanguageTag(given) ?? detectLanguage(text);
}
