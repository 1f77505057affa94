import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, generateScanText } from '../../../bench/corpus/generate-corpus';
import { seedSentences } from '../../../bench/corpus/seed-sentences';
import { annotationSchema, articleSchema } from '../../../src/domain/exchange/schemas';
import { sha256Hex } from '../../../src/domain/hash';
import { countWords } from '../../../src/domain/text/word-count';

const seedDir = join(import.meta.dirname, '../../../seeds');
const seedTexts = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));
const sentences = seedSentences(seedTexts);
const outletNames = ['Outlet A', 'Outlet B'];

describe('seed sentences', () => {
  it('keeps whole sentences of four words or more, each once', () => {
    // The five seeds hold about 2,700 words; most of them sit in sentences of four words or more.
    expect(sentences.reduce((sum, sentence) => sum + sentence.words, 0)).toBeGreaterThan(1_500);
    for (const sentence of sentences) {
      expect(sentence.words).toBeGreaterThanOrEqual(4);
      expect(seedTexts.some((text) => text.includes(sentence.text))).toBe(true);
    }
    expect(new Set(sentences.map((sentence) => sentence.text)).size).toBe(sentences.length);
  });

  it('splits after sentence punctuation', () => {
    // Two sentences of 4 and 5 words; the 2-word line is too short to keep.
    const split = seedSentences(['One two three four. Five six seven eight nine!\nBy someone']);
    expect(split).toEqual([
      { text: 'One two three four.', words: 4 },
      { text: 'Five six seven eight nine!', words: 5 },
    ]);
  });
});

describe('generateCorpus', () => {
  const size = { articles: 3, wordsPerArticle: 200, annotationsPerArticle: 4 };

  it('is deterministic for a seed and differs between seeds', async () => {
    const first = await generateCorpus(sentences, size, { seed: 7, outletNames });
    const again = await generateCorpus(sentences, size, { seed: 7, outletNames });
    const other = await generateCorpus(sentences, size, { seed: 8, outletNames });
    expect(again).toEqual(first);
    expect(other.articles.map((article) => article.text)).not.toEqual(
      first.articles.map((article) => article.text),
    );
  });

  it('builds the requested sizes with valid, correctly anchored records', async () => {
    const corpus = await generateCorpus(sentences, size, { seed: 7, outletNames });
    expect(corpus.articles).toHaveLength(3);
    // 3 articles × 4 annotations each.
    expect(corpus.annotations).toHaveLength(12);
    expect(corpus.outlets.map((outlet) => outlet.nameKey)).toEqual(['outlet a', 'outlet b']);
    for (const article of corpus.articles) {
      expect(articleSchema.safeParse(article).success).toBe(true);
      expect(article.textHash).toBe(await sha256Hex(article.text));
      expect(article.wordCount).toBe(countWords(article.text));
      expect(article.wordCount).toBeGreaterThanOrEqual(200);
      expect(corpus.outlets.map((outlet) => outlet.id)).toContain(article.outletId);
    }
    const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
    for (const annotation of corpus.annotations) {
      expect(annotationSchema.safeParse(annotation).success).toBe(true);
      const text = texts.get(annotation.articleId) ?? '';
      expect(text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
      // Spans start and end on word edges.
      expect(text.slice(annotation.start - 1, annotation.start)).not.toMatch(/\p{L}/u);
      expect(text.slice(annotation.end, annotation.end + 1)).not.toMatch(/\p{L}/u);
      expect(annotation.annotatorId).toBe(corpus.annotator.id);
    }
    expect(new Set(corpus.annotations.map((annotation) => annotation.id)).size).toBe(12);
  });

  it('refuses more annotations than an article has words', async () => {
    await expect(
      generateCorpus(
        sentences,
        { articles: 1, wordsPerArticle: 5, annotationsPerArticle: 500 },
        {
          seed: 1,
          outletNames,
        },
      ),
    ).rejects.toThrow(/Cannot place 500 annotations/);
  });
});

describe('generateScanText', () => {
  it('is at least the requested length and repeatable', () => {
    const text = generateScanText(sentences, 50_000, 3);
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    expect(generateScanText(sentences, 50_000, 3)).toBe(text);
  });
});

describe('articles of a given size', () => {
  it('stops before a sentence would pass the character limit; one paragraph on request', async () => {
    for (const singleParagraph of [false, true]) {
      const corpus = await generateCorpus(
        sentences,
        {
          articles: 1,
          wordsPerArticle: Number.MAX_SAFE_INTEGER,
          charsPerArticle: 20_000,
          singleParagraph,
          annotationsPerArticle: 100,
        },
        { seed: 7, outletNames },
      );
      const text = corpus.articles[0]!.text;
      expect(text.length).toBeLessThanOrEqual(20_000);
      // The longest seed sentence is far shorter than 1,000 characters: the text is nearly full.
      expect(text.length).toBeGreaterThan(19_000);
      expect(text.includes('\n')).toBe(!singleParagraph);
      expect(corpus.annotations).toHaveLength(100);
    }
  });
});
