import { wordTokens, type WordTokens } from '../../domain/agreement/word-tokens';

interface CachedText {
  textHash: string;
  text: string;
  tokens: WordTokens | null;
}

/** Texts kept at most; the oldest are dropped first. */
const KEPT_TEXTS = 200;

/**
 * Article texts and their word tokens, kept between requests. An entry is keyed by the article
 * and its text hash: the same hash is the same text, so an entry stays right across data
 * versions (a new annotation does not re-read or re-tokenise its article).
 */
export class ArticleTextCache {
  private readonly entries = new Map<string, CachedText>();

  /** The cached text of the article when its hash is still `textHash`. */
  text(articleId: string, textHash: string): string | undefined {
    const entry = this.entries.get(articleId);
    return entry?.textHash === textHash ? entry.text : undefined;
  }

  keep(articleId: string, textHash: string, text: string): void {
    if (this.entries.get(articleId)?.textHash === textHash) return;
    this.entries.delete(articleId);
    this.entries.set(articleId, { textHash, text, tokens: null });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= KEPT_TEXTS) break;
      this.entries.delete(oldest);
    }
  }

  /** The tokens of a kept text, tokenised on first use. */
  tokens(articleId: string, text: string): WordTokens {
    const entry = this.entries.get(articleId);
    if (!entry || entry.text !== text) return wordTokens(text);
    entry.tokens ??= wordTokens(text);
    return entry.tokens;
  }
}
