import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatorVariants } from '../../../bench/corpus/annotator-variants';
import { generateCorpus } from '../../../bench/corpus/generate-corpus';
import { seedSentences } from '../../../bench/corpus/seed-sentences';
import { annotationSchema } from '../../../src/domain/exchange/schemas';

const seedDir = join(import.meta.dirname, '../../../seeds');
const sentences = seedSentences(
  readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(seedDir, name), 'utf8')),
);

describe('annotatorVariants (the agreement benchmark coders)', () => {
  it('gives every coder as many valid annotations as the base, most of them the same span', async () => {
    const corpus = await generateCorpus(
      sentences,
      { articles: 2, wordsPerArticle: 600, annotationsPerArticle: 60 },
      { seed: 7, outletNames: ['Outlet A'] },
    );
    const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
    const coded = annotatorVariants(corpus.annotations, texts, 5, corpus.annotator, 8);

    // 5 coders × 2 articles × 60 annotations = 600, the first coder's exactly the base.
    expect(coded.annotators.map((a) => a.id)).toHaveLength(5);
    expect(new Set(coded.annotators.map((a) => a.id)).size).toBe(5);
    expect(coded.annotations).toHaveLength(600);
    expect(coded.annotations.slice(0, 120)).toEqual(corpus.annotations);
    expect(new Set(coded.annotations.map((a) => a.id)).size).toBe(600);

    const byId = new Map(corpus.annotations.map((a) => [a.id, a]));
    let same = 0;
    for (const annotation of coded.annotations.slice(120)) {
      expect(annotationSchema.safeParse(annotation).success).toBe(true);
      const text = texts.get(annotation.articleId) ?? '';
      expect(text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
      const base = byId.get(annotation.id.replace(/-c\d+$/, ''));
      if (
        base &&
        base.start === annotation.start &&
        base.end === annotation.end &&
        base.labelId === annotation.labelId
      )
        same += 1;
    }
    // 80% of the 480 variants keep span and label (some of the "moved" ones land on the same
    // span again): well over two thirds, never all.
    expect(same).toBeGreaterThan(480 * (2 / 3));
    expect(same).toBeLessThan(480);

    // Seeded: the same seed gives the same coders.
    const again = annotatorVariants(corpus.annotations, texts, 5, corpus.annotator, 8);
    expect(again.annotations).toEqual(coded.annotations);
  });
});
