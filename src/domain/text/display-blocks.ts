import type { Paragraph } from './paragraphs';

/** Longest stretch of text the reader lays out as one block. */
export const MAX_BLOCK_CHARS = 1_000;

export interface DisplayBlock extends Paragraph {
  /** The paragraph goes on in the next block (no paragraph gap after this one). */
  continues: boolean;
}

/** Where to end a block that starts at `start`: after a sentence or a space, else at the limit. */
function blockEnd(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  const window = text.slice(start, limit);
  const sentence = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('! '),
    window.lastIndexOf('? '),
  );
  if (sentence > max / 2) return start + sentence + 2;
  const space = window.search(/\s\S*$/);
  if (space > 0) return start + space + 1;
  // One unbroken run of text: cut at the limit, never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The paragraphs cut into blocks of at most `max` characters, offsets kept: a paste without
 * line breaks is one huge paragraph, which the browser would lay out (and re-lay out) whole;
 * as blocks, those off screen skip layout like any other paragraph.
 */
export function displayBlocks(paragraphs: Paragraph[], max = MAX_BLOCK_CHARS): DisplayBlock[] {
  const blocks: DisplayBlock[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.text.length <= max) {
      blocks.push({ ...paragraph, continues: false });
      continue;
    }
    let at = 0;
    while (at < paragraph.text.length) {
      const end = blockEnd(paragraph.text, at, max);
      blocks.push({
        start: paragraph.start + at,
        end: paragraph.start + end,
        text: paragraph.text.slice(at, end),
        continues: end < paragraph.text.length,
      });
      at = end;
    }
  }
  return blocks;
}
