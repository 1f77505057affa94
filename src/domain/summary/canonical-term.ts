import type { SummaryLexiconEntry } from './summary-types';

// The same equivalences as the lexicon matcher (src/domain/text/char-classes.ts), kept local so
// the summary folds terms without building the matcher's 64K-entry tables.
const APOSTROPHES = new Set([0x2019, 0x2018, 0x201b, 0x02bc, 0x2032, 0xff07, 0x0060, 0x00b4]);
const HYPHENS = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d]);
/** At most 2^6 hyphen/space spellings per form; longer forms only get the all-space one. */
const MAX_HYPHENS_EXPANDED = 6;

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The key two spellings share when they are the same lexicon form: NFC, lower case, every
 * apostrophe (’ ‘ ʼ ′ ` ´ ＇ …) as ', every hyphen (‐ ‑ ‒ – − ﹣ －) as -, white-space runs as one
 * space, trimmed. "Hay’at" and "HAY'AT" share a key; "foreign‐backed" and "foreign-backed" too.
 */
export function foldTerm(text: string): string {
  const nfc = text.normalize('NFC');
  let folded = '';
  let pendingSpace = false;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = folded.length > 0;
      continue;
    }
    if (pendingSpace) {
      folded += ' ';
      pendingSpace = false;
    }
    if (APOSTROPHES.has(code)) folded += "'";
    else if (HYPHENS.has(code)) folded += '-';
    else folded += nfc[i];
  }
  return folded.toLowerCase();
}

/** The fallback term: the exact text lower-cased, NFC, white-space runs collapsed, trimmed. */
export function plainTerm(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** "foreign-backed" → ["foreign-backed", "foreign backed"]: the matcher accepts a space for a hyphen. */
function hyphenSpellings(key: string): string[] {
  const parts = key.split('-');
  if (parts.length === 1) return [key];
  if (parts.length - 1 > MAX_HYPHENS_EXPANDED) return [key, parts.join(' ')];
  let spellings = [parts[0] ?? ''];
  for (const part of parts.slice(1)) {
    spellings = spellings.flatMap((head) => [`${head}-${part}`, `${head} ${part}`]);
  }
  return spellings;
}

/**
 * Folded lexicon form → canonical term, built once per lexicon, plus a memo of exact text →
 * term so that a corpus of 200,000 annotations folds each distinct spelling only once.
 * When two entries claim the same form, the one listed first keeps it (as in the matcher).
 */
export class CanonicalIndex {
  private readonly canonicalByKey = new Map<string, string>();
  private readonly memo = new Map<string, string>();

  constructor(lexicon: readonly SummaryLexiconEntry[]) {
    for (const entry of lexicon) {
      for (const form of entry.forms) this.add(form, entry.canonical);
    }
    // A canonical spelling that is not among its own forms still names its entry.
    for (const entry of lexicon) this.add(entry.canonical, entry.canonical);
  }

  private add(form: string, canonical: string): void {
    const key = foldTerm(form);
    if (key === '') return;
    for (const spelling of hyphenSpellings(key)) {
      if (!this.canonicalByKey.has(spelling)) this.canonicalByKey.set(spelling, canonical);
    }
  }

  /** The canonical term of an exact annotation text (see `canonicalTerm`). */
  termOf(exact: string): string {
    let term = this.memo.get(exact);
    if (term === undefined) {
      term = this.canonicalByKey.get(foldTerm(exact)) ?? plainTerm(exact);
      this.memo.set(exact, term);
    }
    return term;
  }
}

const indexCache = new WeakMap<readonly SummaryLexiconEntry[], CanonicalIndex>();

/** The last index built, with a copy of its entries: a re-read lexicon is usually unchanged. */
let lastBuilt: { entries: SummaryLexiconEntry[]; index: CanonicalIndex } | null = null;

function sameLexicon(a: readonly SummaryLexiconEntry[], b: readonly SummaryLexiconEntry[]) {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        entry.canonical === other.canonical &&
        entry.forms.length === other.forms.length &&
        entry.forms.every((form, j) => form === other.forms[j])
      );
    })
  );
}

/**
 * The (cached) index of a lexicon: the same array, or an array with the same entries as the last
 * one indexed (a fresh read of an unchanged lexicon), gets the same index and so its memo of
 * exact texts already folded.
 */
export function canonicalIndex(lexicon: readonly SummaryLexiconEntry[]): CanonicalIndex {
  let index = indexCache.get(lexicon);
  if (!index) {
    index =
      lastBuilt && sameLexicon(lastBuilt.entries, lexicon)
        ? lastBuilt.index
        : new CanonicalIndex(lexicon);
    indexCache.set(lexicon, index);
    lastBuilt = {
      entries: lexicon.map(({ canonical, forms }) => ({ canonical, forms: [...forms] })),
      index,
    };
  }
  return index;
}

/**
 * The term an annotation counts under: the lexicon's canonical form when the annotation's exact
 * text is one of the lexicon's forms (compared with `foldTerm`: case, apostrophe and hyphen
 * variants are equivalent, and a hyphen in a form also matches a space), else the lower-cased
 * exact text (`plainTerm`). So "Assad’s regime" → "Assad regime", "TERRORISTS" → "terrorist",
 * "HTS’s statement" → "hts’s statement".
 */
export function canonicalTerm(
  annotation: { exact: string },
  lexicon: readonly SummaryLexiconEntry[] | CanonicalIndex,
): string {
  const index = lexicon instanceof CanonicalIndex ? lexicon : canonicalIndex(lexicon);
  return index.termOf(annotation.exact);
}
