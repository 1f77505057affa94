/**
 * A doccano JSONL file the way Python tools (spaCy, doccano's Python side) write it: offsets
 * count code points. Each span is given by the words it must land on; code-point offsets are
 * computed with Array.from (Python's len), UTF-16 ones with indexOf (JavaScript's).
 */

export interface SpacySpan {
  /** The words the span must land on (their first occurrence in the text). */
  words: string;
  label: string;
}

export interface SpacyLine {
  text: string;
  spans: SpacySpan[];
}

function utf16Range(text: string, span: SpacySpan): [number, number] {
  const start = text.indexOf(span.words);
  if (start < 0) throw new Error(`fixture: "${span.words}" is not in "${text}"`);
  return [start, start + span.words.length];
}

/** Code points before each end of the span: what Python's text[start:end] counts. */
export function codePointRange(text: string, span: SpacySpan): [number, number] {
  const [start, end] = utf16Range(text, span);
  return [Array.from(text.slice(0, start)).length, Array.from(text.slice(0, end)).length];
}

export function utf16RangeOf(text: string, span: SpacySpan): [number, number] {
  return utf16Range(text, span);
}

export function buildJsonl(
  lines: readonly SpacyLine[],
  units: 'code-points' | 'utf16',
  meta: (index: number) => Record<string, string> = () => ({}),
): string {
  return lines
    .map((line, index) => {
      const label = line.spans.map((span) => [
        ...(units === 'code-points'
          ? codePointRange(line.text, span)
          : utf16Range(line.text, span)),
        span.label,
      ]);
      return `${JSON.stringify({ text: line.text, label, ...meta(index) })}\n`;
    })
    .join('');
}

/**
 * Texts with characters outside the BMP: emoji (🔥 😡 🇸🇾, 2 UTF-16 units each code point) and
 * mathematical bold letters (𝗡𝗘𝗪𝗦, 2 units each). Every span after one of them has smaller
 * code-point offsets than UTF-16 ones. The last line has no astral character at all.
 */
export const SPACY_LINES: SpacyLine[] = [
  {
    text: '🔥 Breaking: militants seized the town after a night of shelling.',
    spans: [
      { words: 'militants', label: 'Actor label' },
      { words: 'seized', label: 'Action framing' },
      { words: 'shelling', label: 'Action framing' },
    ],
  },
  {
    text: 'The 𝗡𝗘𝗪𝗦 desk says the regime shelled Idlib 😡 again, killing civilians.',
    spans: [
      { words: 'regime', label: 'Actor label' },
      { words: 'shelled', label: 'Action framing' },
      { words: 'killing civilians', label: 'Loaded language' },
    ],
  },
  {
    text: '🇸🇾 Syria: the terrorists advanced on Aleppo, officials said.',
    spans: [{ words: 'terrorists', label: 'Loaded language' }],
  },
  {
    text: 'No emoji here: the army advanced.',
    spans: [{ words: 'army', label: 'Actor label' }],
  },
];
