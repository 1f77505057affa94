import { describe, expect, test } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../../../src/domain/article-size';
import { backupKind } from '../../../../src/domain/exchange/kinds/backup-kind';
import type { CorpusFile } from '../../../../src/domain/exchange/kinds/corpus-article';
import { corpusBundleKind } from '../../../../src/domain/exchange/kinds/corpus-bundle-kind';
import { corpusHtmlKind } from '../../../../src/domain/exchange/kinds/corpus-html-kind';
import { corpusTextKind } from '../../../../src/domain/exchange/kinds/corpus-text-kind';
import { lexiconKind } from '../../../../src/domain/exchange/kinds/lexicon-kind';
import type { FileProbe, Intake } from '../../../../src/domain/exchange/registry/file-kind';
import { readProbe } from '../../../../src/domain/exchange/registry/probe';
import { claimKind, detectKind } from '../../../../src/domain/exchange/registry/registry';
import type { ParseResult } from '../../../../src/domain/exchange/result';

function probe(fileName: string, text: string): FileProbe {
  const read = readProbe(fileName, text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function articlesOf(result: ParseResult<CorpusFile>) {
  if (!result.ok) throw new Error(result.error.message);
  return result.value.articles;
}

const emptyTables = {
  outlets: [],
  articles: [],
  annotations: [],
  codebooks: [],
  lexicon: [],
  annotators: [],
  meta: [],
};

function backupText(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'framelens-backup',
    version: 1,
    schemaVersion: 2,
    exportedAt: '2026-11-30T10:00:00.000Z',
    tables: emptyTables,
    ...fields,
  });
}

const entry = {
  id: 'lx-regime',
  pattern: 'regime',
  forms: ['regime', 'regimes'],
  labelId: 'actor-label',
  valence: -1,
  canonical: 'regime',
  note: '',
};

function lexiconText(entries: unknown[]): string {
  return JSON.stringify({ format: 'framelens-lexicon', version: 1, entries });
}

function nativeText(articles: { title: string; text?: string }[]): string {
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
      url: 'https://example.com/a',
      published: '2024-11-30',
      language: 'en',
      textHash: '0'.repeat(64),
      wordCount: 1,
      source: 'import',
      addedAt: '2026-11-20T09:00:00.000Z',
      ...(article.text === undefined ? {} : { text: article.text }),
    })),
    annotations: [],
    annotators: [],
  });
}

describe('which kind a file is, among the kinds of the place it is opened in', () => {
  const only = (intake: Intake) => (kind: { intake: Intake }) => kind.intake === intake;

  test.each([
    ['note.txt', 'corpus', 'corpus-text', 'Body.'],
    ['note.md', 'corpus', 'corpus-text', '# Title\n\nBody.'],
    ['page.htm', 'corpus', 'corpus-html', '<p>Body.</p>'],
    ['rows.csv', 'corpus', 'csv-corpus', 'outlet,title,text\nRT,One,Body.\n'],
    ['bundle.json', 'corpus', 'corpus-bundle', nativeText([{ title: 'One', text: 'Body.' }])],
    ['backup.json', 'backup', 'backup', backupText()],
    ['lexicon.json', 'lexicon', 'lexicon', lexiconText([entry])],
  ] as const)('%s opened as %s is %s', (name, intake, id, text) => {
    expect(claimKind(probe(name, text), only(intake))?.kind.id).toBe(id);
  });

  test('a text file stays an article even when its lines look like a corpus CSV', () => {
    const text = 'outlet,title,text\nRT,One,Body.\n';
    expect(claimKind(probe('rows.txt', text), only('corpus'))?.kind.id).toBe('corpus-text');
  });

  test('the kinds of one place claim nothing of another', () => {
    expect(claimKind(probe('backup.json', backupText()), only('lexicon'))).toBeNull();
    expect(claimKind(probe('lexicon.json', lexiconText([])), only('backup'))).toBeNull();
    expect(claimKind(probe('bundle.json', nativeText([])), only('backup'))).toBeNull();
  });

  test('"Import annotations" does not take a backup, a lexicon or a text file for its own', () => {
    const planned = (kind: { intake: Intake; id: string }) =>
      kind.intake === 'annotations' || kind.id === 'csv-corpus';
    for (const [name, text] of [
      ['backup.json', backupText()],
      ['lexicon.json', lexiconText([entry])],
      ['note.txt', 'Just words.'],
    ] as const) {
      const detected = detectKind(name, text, planned);
      expect(detected.ok).toBe(false);
      if (!detected.ok) expect(detected.error.message).toMatch(/^FrameLens does not recognise/);
    }
  });
});

describe('article kinds', () => {
  test('a Markdown file: one article titled by its first line, CRLF made LF', () => {
    const [article] = articlesOf(
      corpusTextKind.parse(probe('a.md', '\r\n## Militants advance\r\nThey did.'), {}),
    );
    expect(article).toEqual({
      where: '',
      outletName: '',
      title: 'Militants advance',
      published: '',
      url: null,
      // Told from the text, which is too short to tell (4 words, fewer than 5): not known.
      language: 'und',
      text: '\n## Militants advance\nThey did.',
      source: 'file',
    });
  });

  test('a text file of blanks or one too long is refused, saying why', () => {
    const blank = { fileName: 'a.txt', extension: 'txt', text: ' \n\t ' };
    expect(corpusTextKind.parse(blank, {})).toEqual({
      ok: false,
      error: { message: 'The file holds no readable text.', path: 'file' },
    });
    // One character over the limit: MAX_ARTICLE_CHARS + 1 letters.
    const long = 'x'.repeat(MAX_ARTICLE_CHARS + 1);
    const result = corpusTextKind.parse(probe('a.txt', long), {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        `The text is ${(MAX_ARTICLE_CHARS + 1).toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts.`,
      );
    }
  });

  test('an HTML page: its text and metadata, with progress up to the whole input', () => {
    const html =
      '<html><head><title>Shelling near Idlib</title><meta property="og:site_name" content="Example Daily"></head>' +
      '<body><script>alert(1)</script><p>First.</p><p>Second.</p></body></html>';
    const seen: [number, number][] = [];
    const result = corpusHtmlKind.parse(probe('a.html', html), {
      onProgress: (done, total) => seen.push([done, total]),
    });
    const [article] = articlesOf(result);
    expect(article?.title).toBe('Shelling near Idlib');
    expect(article?.outletName).toBe('Example Daily');
    expect(article?.text).toBe('First.\n\nSecond.');
    expect(result.ok && result.warnings).toEqual([
      'Text taken from the HTML; nothing in it was run or loaded.',
    ]);
    // The last report is the whole input: html.length of html.length characters.
    expect(seen.at(-1)).toEqual([html.length, html.length]);
  });

  test('a FrameLens bundle: its articles with text, and notes for what is left out', () => {
    const text = nativeText([
      { title: 'One', text: 'Body one.' },
      { title: 'Two' },
      { title: 'Three', text: 'Body three.' },
    ]);
    const result = corpusBundleKind.parse(probe('b.json', text), {});
    const articles = articlesOf(result);
    // Articles 1 and 3 carry a text; article 2 (no text) is left out.
    expect(articles.map((article) => [article.where, article.title, article.outletName])).toEqual([
      ['article 1', 'One', 'RT'],
      ['article 2', 'Three', 'RT'],
    ]);
    expect(result.ok && result.warnings).toContain('1 articles without their text were left out.');
  });

  test('a bundle wrapped in a list is claimed, then refused with the reason', () => {
    const text = `[${nativeText([{ title: 'One', text: 'Body.' }])}]`;
    const file = probe('b.json', text);
    expect(corpusBundleKind.detect(file)?.reason).toBe('a FrameLens export wrapped in a JSON list');
    expect(corpusBundleKind.parse(file, {}).ok).toBe(false);
  });
});

describe('the backup kind', () => {
  test('reads an empty backup: its time, schema version and tables', () => {
    const result = backupKind.parse(probe('b.json', backupText()), { schemaVersion: 2 });
    // A backup made before the classroom, curation and personal-lexicon tables reads with
    // those tables empty.
    const classroom = { assignments: [], progress: [], submissions: [], guesses: [] };
    const curation = { curations: [], curationSteps: [] };
    const personal = { personalLexicon: [], suggestionFeedback: [] };
    expect(result).toEqual({
      ok: true,
      value: {
        exportedAt: '2026-11-30T10:00:00.000Z',
        schemaVersion: 2,
        tables: { ...emptyTables, ...classroom, ...curation, ...personal },
      },
      warnings: [],
    });
  });

  test('refuses an annotation export, a newer database and a bad table, saying where', () => {
    const cases: [string, string, string][] = [
      [
        nativeText([]),
        'This is a FrameLens annotation export, not a backup: import it on the Import & export page (it is merged, nothing is replaced).',
        'format',
      ],
      [
        backupText({ schemaVersion: 3 }),
        'This backup comes from a newer FrameLens database (schema version 3; this one is 2). Update FrameLens to restore it.',
        'schemaVersion',
      ],
      [
        backupText({ tables: { ...emptyTables, outlets: [{ id: 'o', nameKey: 'rt' }] } }),
        'tables.outlets[0].name is missing',
        'tables.outlets[0].name',
      ],
    ];
    for (const [text, message, path] of cases) {
      expect(backupKind.parse(probe('b.json', text), { schemaVersion: 2 })).toEqual({
        ok: false,
        error: { message, path },
      });
    }
  });
});

describe('the lexicon kind', () => {
  const labelIds = ['actor-label', 'loaded-language'];

  test('reads the entries, and writes what it reads', () => {
    const text = lexiconKind.serialize?.([entry]) ?? '';
    expect(lexiconKind.detect(probe('l.json', text))?.confidence).toBe(1);
    expect(lexiconKind.parse(probe('l.json', text), { labelIds })).toEqual({
      ok: true,
      value: [entry],
      warnings: [],
    });
  });

  test('refuses a bad valence and an unknown label, naming the entry', () => {
    const bad = lexiconText([entry, { ...entry, id: 'lx-2', valence: 5 }]);
    const unknown = lexiconText([{ ...entry, labelId: 'nope' }]);
    expect(lexiconKind.parse(probe('l.json', bad), { labelIds })).toEqual({
      ok: false,
      error: { message: 'entries[1].valence must be an integer from -2 to 2' },
    });
    expect(lexiconKind.parse(probe('l.json', unknown), { labelIds })).toEqual({
      ok: false,
      error: {
        message:
          'entries[0].labelId "nope" is not a label of the current codebook (known labels: actor-label, loaded-language)',
      },
    });
  });
});
