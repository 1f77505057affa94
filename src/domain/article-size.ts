/**
 * The largest article FrameLens stores: the reader opens an article this long without
 * stalling the page (measured by `npm run bench`, "Reader: open the largest allowed article").
 * Every way an article enters (paste, article files, corpus CSV and JSON bundles, annotation
 * files carrying texts, restore) checks it with `checkArticleSize`.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export type ArticleSizeCheck = { ok: true } | { ok: false; message: string };

export function articleTooLongMessage(length: number): string {
  return `The text is ${length.toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts.`;
}

/** Whether the reader can open `text` (its length in UTF-16 units, as offsets count). */
export function checkArticleSize(text: string): ArticleSizeCheck {
  return text.length <= MAX_ARTICLE_CHARS
    ? { ok: true }
    : { ok: false, message: articleTooLongMessage(text.length) };
}
