export interface Paragraph {
  /** UTF-16 offset of the paragraph's first character in the article text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Splits article text into its lines (each non-empty line is a paragraph), keeping offsets so
 * that what is rendered can always be mapped back to the stored text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd > lineStart && text.slice(lineStart, lineEnd).trim() !== '') {
      paragraphs.push({ start: lineStart, end: lineEnd, text: text.slice(lineStart, lineEnd) });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return paragraphs;
}
