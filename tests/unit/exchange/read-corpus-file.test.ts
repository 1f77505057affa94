import { describe, expect, test } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../../src/domain/article-input';
import { prepare, scratchDatabase } from '../intake/intake-test-helpers';

// Article files are read by the import worker's intake pipeline ('corpus').
const file = (name: string, content: string) => ({ name, content });

async function readCorpusFile({ name, content }: { name: string; content: string }) {
  const { result } = await prepare(scratchDatabase(), 'corpus', name, content);
  if (!result.ok) return { ok: false as const, fileName: name, message: result.error.message };
  if (result.preview.intake !== 'corpus') throw new Error('not a corpus preview');
  return { ok: true as const, fileName: name, drafts: result.preview.drafts };
}

function bundle(articles: { title: string; text: string }[]): string {
  return JSON.stringify({
    format: 'framelens',
    version: 1,
    exportedAt: '2026-11-23T12:00:00.000Z',
    source: 'FrameLens',
    outlets: [{ id: 'o', name: 'RT' }],
    articles: articles.map((article, i) => ({
      id: `a${i}`,
      outletId: 'o',
      title: article.title,
      url: null,
      published: '2024-11-30',
      language: 'en',
      textHash: '0'.repeat(64),
      wordCount: 1,
      source: 'import',
      addedAt: '2026-11-20T09:00:00.000Z',
      text: article.text,
    })),
    annotations: [],
    annotators: [],
  });
}

async function titles(name: string, content: string): Promise<string[]> {
  const result = await readCorpusFile(file(name, content));
  if (!result.ok) throw new Error(result.message);
  return result.drafts.map((draft) => draft.title);
}

describe('titles from article files carry no control characters', () => {
  test('CSV, .txt, HTML and FrameLens bundles', async () => {
    const csv = 'outlet,title,text\nRT,"Militants\u202E advance\r\nagain\u0000",Some text.\n';
    expect(await titles('corpus.csv', csv)).toEqual(['Militants advance again']);
    expect(await titles('note.txt', '\u202Egnp.exe\u0007 report\nBody text.')).toEqual([
      'gnp.exe report',
    ]);
    expect(await titles('page.html', '<title>Head\u202Eline\u0085</title><p>Body</p>')).toEqual([
      'Headline',
    ]);
    expect(
      await titles('bundle.json', bundle([{ title: 'Bundle\u2066 title\n', text: 'Body.' }])),
    ).toEqual(['Bundle title']);
  });
});

describe('articles longer than the reader opens are refused, file by file', () => {
  const long = 'word '.repeat(MAX_ARTICLE_CHARS / 5) + 'more';

  test('a .txt or HTML file: its whole text', async () => {
    for (const [name, content] of [
      ['long.txt', long],
      ['long.html', `<p>${long}</p>`],
    ] as const) {
      const result = await readCorpusFile(file(name, content));
      expect(result).toEqual({
        ok: false,
        fileName: name,
        message: `The text is ${long.length.toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts.`,
      });
    }
    expect((await readCorpusFile(file('ok.txt', long.slice(0, MAX_ARTICLE_CHARS)))).ok).toBe(true);
  });

  test('a corpus CSV or bundle with one long article: none of its articles, and where', async () => {
    const csv = `outlet,title,text\nRT,Short,Fine.\nRT,Long,${long}\n`;
    const fromCsv = await readCorpusFile(file('corpus.csv', csv));
    expect(fromCsv.ok).toBe(false);
    if (!fromCsv.ok) expect(fromCsv.message).toMatch(/^Row 3: The text is [\d,]+ characters long/);
    const json = bundle([
      { title: 'Short', text: 'Fine.' },
      { title: 'Long one', text: long },
    ]);
    const fromBundle = await readCorpusFile(file('bundle.json', json));
    expect(fromBundle.ok).toBe(false);
    if (!fromBundle.ok) {
      expect(fromBundle.message).toMatch(
        /^Article 2 \(“Long one”\): The text is [\d,]+ characters/,
      );
      expect(fromBundle.message).toMatch(/Nothing from this file was added\.$/);
    }
  });
});
