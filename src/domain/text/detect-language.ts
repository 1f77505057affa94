import { UNDETERMINED } from './language-tag';
import { LATIN_STOP_WORDS } from './latin-stop-words';

/**
 * Guesses an article's language from its text, for the person to confirm: by script first
 * (Arabic, Hebrew, Cyrillic, Greek, CJK, Devanagari …), then, for Latin script, by the share
 * of each language's most frequent words. Returns "und" whenever the guess is not clear: too
 * little text, no script holding most of the letters, or two languages scoring alike.
 */

/** The start of a long text decides: enough for a clear answer, quick for any article. */
const SAMPLE_LENGTH = 5000;
const MIN_LETTERS = 20;
/** Below this share of the letters no script dominates: the text is mixed. */
const DOMINANT_SHARE = 0.7;
const MIN_WORDS = 5;
const MIN_STOP_WORDS = 3;
const MIN_STOP_WORD_SHARE = 0.1;
/** The winning language must have this many times the stop words of the runner-up. */
const LEAD_FACTOR = 1.5;

type Decide = (sample: string, letters: number) => string;

const SCRIPTS: readonly (readonly [name: string, letters: string, decide: Decide | string])[] = [
  ['latin', '\\p{sc=Latin}', (sample) => byStopWords(sample)],
  ['arabic', '\\p{sc=Arabic}', (sample, letters) => arabicScriptLanguage(sample, letters)],
  ['hebrew', '\\p{sc=Hebrew}', 'he'],
  ['cyrillic', '\\p{sc=Cyrillic}', (sample) => cyrillicLanguage(sample)],
  ['greek', '\\p{sc=Greek}', 'el'],
  ['cjk', '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}', (s, n) => cjkLanguage(s, n)],
  ['devanagari', '\\p{sc=Devanagari}', 'hi'],
  ['bengali', '\\p{sc=Bengali}', 'bn'],
  ['gurmukhi', '\\p{sc=Gurmukhi}', 'pa'],
  ['gujarati', '\\p{sc=Gujarati}', 'gu'],
  ['tamil', '\\p{sc=Tamil}', 'ta'],
  ['telugu', '\\p{sc=Telugu}', 'te'],
  ['kannada', '\\p{sc=Kannada}', 'kn'],
  ['malayalam', '\\p{sc=Malayalam}', 'ml'],
  ['sinhala', '\\p{sc=Sinhala}', 'si'],
  ['thai', '\\p{sc=Thai}', 'th'],
  ['lao', '\\p{sc=Lao}', 'lo'],
  ['khmer', '\\p{sc=Khmer}', 'km'],
  ['myanmar', '\\p{sc=Myanmar}', 'my'],
  ['georgian', '\\p{sc=Georgian}', 'ka'],
  ['armenian', '\\p{sc=Armenian}', 'hy'],
  ['ethiopic', '\\p{sc=Ethiopic}', 'am'],
  ['tibetan', '\\p{sc=Tibetan}', 'bo'],
];

/** Runs of letters of one script each, named by the script's group. */
const SCRIPT_RUNS = new RegExp(
  SCRIPTS.map(([name, letters]) => `(?<${name}>[${letters}]+)`).join('|'),
  'gu',
);
const OTHER_LETTERS = /\p{L}/gu;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = sample.match(OTHER_LETTERS)?.length ?? 0;
  if (letters < MIN_LETTERS) return UNDETERMINED;
  const counts = scriptCounts(sample);
  // Script runs also count combining marks, which \p{L} does not.
  const total = Math.max(
    letters,
    [...counts.values()].reduce((sum, n) => sum + n, 0),
  );
  const [script, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const entry = SCRIPTS.find(([name]) => name === script);
  if (!entry || count < total * DOMINANT_SHARE) return UNDETERMINED;
  const decide = entry[2];
  return typeof decide === 'string' ? decide : decide(sample, count);
}

function scriptCounts(sample: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of sample.matchAll(SCRIPT_RUNS)) {
    const groups = match.groups ?? {};
    const name = Object.keys(groups).find((key) => groups[key] !== undefined);
    if (name) counts.set(name, (counts.get(name) ?? 0) + countCodePoints(match[0]));
  }
  return counts;
}

function countCodePoints(run: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < run.length; i++) {
    const unit = run.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) surrogatePairs++;
  }
  return run.length - surrogatePairs;
}

function countOf(sample: string, letters: RegExp): number {
  return sample.match(letters)?.length ?? 0;
}

/** Urdu and Persian write Arabic script with letters Arabic does not use. */
function arabicScriptLanguage(sample: string, letters: number): string {
  // ٹ ڈ ڑ ں ھ ے: Urdu only.
  if (countOf(sample, /[\u0679\u0688\u0691\u06BA\u06BE\u06D2]/g) > letters * 0.01) return 'ur';
  // پ چ ژ گ and the Persian forms of kaf and yeh (ک ی).
  if (countOf(sample, /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/g) > letters * 0.02) return 'fa';
  return 'ar';
}

function cyrillicLanguage(sample: string): string {
  if (/[іїєґІЇЄҐ]/.test(sample)) return 'uk';
  if (/[ђћџљњјЂЋЏЉЊЈ]/.test(sample)) return 'sr';
  if (/[ыэёЫЭЁ]/.test(sample)) return 'ru';
  if (/[ъЪ]/.test(sample)) return 'bg';
  return UNDETERMINED;
}

/** Japanese mixes kana into Han characters; Korean is written in Hangul. */
function cjkLanguage(sample: string, letters: number): string {
  if (countOf(sample, /\p{sc=Hangul}/gu) > letters * 0.5) return 'ko';
  if (countOf(sample, /[\p{sc=Hiragana}\p{sc=Katakana}]/gu) > letters * 0.1) return 'ja';
  return 'zh';
}

function byStopWords(sample: string): string {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return UNDETERMINED;
  const scores = [...LATIN_STOP_WORDS].map(([language, stopWords]) => ({
    language,
    hits: words.filter((word) => stopWords.has(word)).length,
  }));
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < MIN_STOP_WORDS) return UNDETERMINED;
  if (best.hits < words.length * MIN_STOP_WORD_SHARE) return UNDETERMINED;
  if (second && best.hits < second.hits * LEAD_FACTOR) return UNDETERMINED;
  return best.language;
}
