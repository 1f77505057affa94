import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  parseExchangeFile,
  type ImportContext,
  type ParsedExchangeFile,
} from '../../../../src/domain/exchange/import-file';
import { MAX_IMPORT_BYTES } from '../../../../src/domain/exchange/read-input';
import type { ParseResult } from '../../../../src/domain/exchange/result';
import { readSeed, repoRoot, SEED_FILES, sha256 } from './sample-data';

/**
 * Every file in tests/fixtures/bad goes through detection and parsing exactly as an import
 * would; each either fails with the exact message (what + where) or is accepted with the
 * expected content. Nothing throws.
 */

const badDir = path.join(repoRoot, 'tests/fixtures/bad');

const context: ImportContext = {
  codebook: defaultCodebook,
  articles: SEED_FILES.map((file, i) => {
    const text = readSeed(file);
    return { id: `seed-${i}`, url: null, textHash: sha256(text), text };
  }),
  annotatorId: 'me',
  importedAt: '2026-11-23T12:00:00.000Z',
  defaultOutletName: 'Imported',
  language: 'en',
};

function importFixture(name: string): ParseResult<ParsedExchangeFile> {
  // Read as bytes, as the app reads a File.
  return parseExchangeFile(name, new Uint8Array(readFileSync(path.join(badDir, name))), context);
}

function failure(name: string) {
  const result = importFixture(name);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}

function accepted(name: string) {
  const result = importFixture(name);
  if (!result.ok) throw new Error(`${name} was refused: ${result.error.message}`);
  return result;
}

describe('bad inputs are refused with a message that says what and where', () => {
  it('empty.json (0 bytes)', () => {
    expect(failure('empty.json')).toEqual({
      message: 'The file is empty: there is nothing to import.',
      path: 'file',
    });
  });

  it('truncated.json', () => {
    // The file stops inside a string on its 29th line (28 newlines), after the 17 characters
    // `      "id": "0192`: the end of input is line 29, column 18.
    expect(failure('truncated.json')).toEqual({
      message:
        'The file is not valid JSON: it ends unexpectedly at line 29, column 18 (is it truncated?).',
      path: 'line 29',
    });
  });

  it('array-instead-of-object.json', () => {
    expect(failure('array-instead-of-object.json')).toEqual({
      message:
        'The file holds a JSON list ([ … ]); a FrameLens export is one JSON object ({ "format": "framelens", … }).',
      path: '(root)',
    });
  });

  it('unknown-format.json', () => {
    expect(failure('unknown-format.json')).toEqual({
      message:
        'FrameLens does not recognise "unknown-format.json": a JSON object with the keys "title", "items", which matches no format FrameLens imports.',
      path: 'file',
    });
  });

  it('future-version.json', () => {
    expect(failure('future-version.json')).toEqual({
      message:
        'This file was made by a newer FrameLens (version 2); this FrameLens reads version 1. Update FrameLens to import it.',
      path: 'version',
    });
  });

  it('unknown-article-no-text.json', () => {
    expect(failure('unknown-article-no-text.json')).toEqual({
      message:
        'articles[0] ("Aleppo offensive") has no text and is not in your library, so its 2 annotations cannot be placed. Ask for an export made with article texts included.',
      path: 'articles[0].text',
    });
  });

  it('offsets-out-of-range.json', () => {
    // The text is "The Syrian army said terrorists attacked Aleppo." (48) + "\n" (1) + "HTS called
    // the operation a liberation." (38) = 87 UTF-16 units; the annotation ends at 120.
    expect(failure('offsets-out-of-range.json')).toEqual({
      message:
        'annotations[1].end (120) is past the end of article "art-1" (its text is 87 UTF-16 code units long)',
      path: 'annotations[1].end',
    });
  });

  it('end-before-start.json', () => {
    expect(failure('end-before-start.json')).toEqual({
      message: 'annotations[1].end (120) is before start (140)',
      path: 'annotations[1].end',
    });
  });

  it('language-not-a-tag.json: an article language that is not a BCP 47 tag', () => {
    // The same file as html-in-strings.json, whose article says "language": "<en>".
    expect(failure('language-not-a-tag.json')).toEqual({
      message:
        'articles[0].language must be a language tag such as "en", "ar" or "pt-BR", or empty (got "<en>")',
      path: 'articles[0].language',
    });
  });

  it('duplicate-id-different-content.json', () => {
    expect(failure('duplicate-id-different-content.json')).toEqual({
      message:
        'annotations[2].id "0192f3a4-0000-7000-8000-000000000001" is used twice with different content (also by annotations[0]); every record needs its own id',
      path: 'annotations[2].id',
    });
  });

  it('deep nesting (10,000 levels, generated) is refused before anything recurses', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    // The 101st "[" (character 101) is the first one past the limit of 100 levels.
    expect(parseExchangeFile('deep.json', deep, context)).toEqual({
      ok: false,
      error: {
        message:
          'The JSON is nested too deeply (more than 100 levels) at character 101 (line 1, column 101).',
        path: 'character 101',
      },
    });
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(parseExchangeFile('deep.json', deepObject, context)).toMatchObject({
      ok: false,
      error: { path: 'character 501' }, // each level is 5 characters: 100 × 5 + 1
    });
  });

  it('non-utf8.bin', () => {
    // `{"format": "framelens", "note": "caf` is 36 bytes; the 37th is 0xE9 (Latin-1 "é"). In
    // UTF-8 it would start a 3-byte sequence, but the next byte is `"`: the sequence starting
    // at byte 37 is ill-formed.
    expect(failure('non-utf8.bin')).toEqual({
      message:
        'The file is not UTF-8 text (byte 37 is not valid UTF-8). Save it as UTF-8 and try again.',
      path: 'byte 37',
    });
  });

  it('csv-missing-columns.csv', () => {
    expect(failure('csv-missing-columns.csv')).toEqual({
      message:
        'The corpus CSV is missing the column text (row 1 must name the columns: outlet, title, text)',
      path: 'row 1',
    });
  });

  it('a file over the size limit', () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1024 * 1024);
    expect(parseExchangeFile('huge.json', huge, context)).toEqual({
      ok: false,
      error: {
        message:
          'The file is 61.0 MB; FrameLens imports files of at most 60.0 MB. Split it into smaller exports.',
        path: 'size',
      },
    });
  });
});

describe('odd but valid inputs are accepted', () => {
  it('proto-keys.json: __proto__ and constructor keys are ignored and pollute nothing', () => {
    const result = accepted('proto-keys.json');
    expect(result.value.format).toBe('framelens');
    if (result.value.format !== 'framelens') return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(result.value.data)).toBe(Object.prototype);
    for (const annotation of result.value.data.annotations) {
      expect(Object.getPrototypeOf(annotation)).toBe(Object.prototype);
      expect(Object.keys(annotation)).not.toContain('__proto__');
      expect((annotation as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    }
    expect(result.value.data.annotations.map((a) => a.exact)).toEqual(['terrorists', 'HTS']);
  });

  it('html-in-strings.json: HTML and <script> are kept as literal text', () => {
    const raw = JSON.parse(readFileSync(path.join(badDir, 'html-in-strings.json'), 'utf8')) as {
      outlets: { name: string }[];
      articles: { title: string; text: string }[];
      annotations: { note: string; exact: string; prefix: string }[];
      annotators: { name: string }[];
      codebook: {
        name: string;
        labels: { name: string; description: string }[];
        actors: { aliases: string[] }[];
      };
    };
    const result = accepted('html-in-strings.json');
    if (result.value.format !== 'framelens') throw new Error('not native');
    const data = result.value.data;
    expect(result.warnings).toEqual([]);
    expect(data.outlets[0]?.name).toBe("<script>alert('outlet')</script> News");
    expect(data.outlets[0]?.name).toBe(raw.outlets[0]?.name);
    expect(data.articles[0]?.title).toBe(raw.articles[0]?.title);
    expect(data.articles[0]?.text).toBe(raw.articles[0]?.text);
    expect(data.annotations[0]?.note).toBe('<a href="javascript:alert(1)">click</a>');
    expect(data.annotations[0]?.prefix).toBe(raw.annotations[0]?.prefix);
    expect(data.annotators[0]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(data.codebook?.name).toBe('<b>Codebook</b>');
    expect(data.codebook?.labels[0]?.name).toBe('<script>alert(2)</script>');
    expect(data.codebook?.labels[0]?.description).toBe(raw.codebook.labels[0]?.description);
    expect(data.codebook?.actors[0]?.aliases).toEqual(['<svg onload=alert(1)>']);
  });

  it('bad-urls.json: javascript: and data: links are dropped with a note naming the article', () => {
    const result = accepted('bad-urls.json');
    if (result.value.format !== 'framelens') throw new Error('not native');
    expect(result.value.data.articles.map((article) => article.url)).toEqual([null, null]);
    expect(result.warnings).toEqual([
      'articles[0] ("Aleppo offensive"): dropped the link "javascript:alert(document.cookie)" (only http and https links are kept)',
      // Long values are cut to 40 characters: "data:text/html;base64," (22) + 18 more.
      'articles[1] ("Second article"): dropped the link "data:text/html;base64,PHNjcmlwdD5hbGVydC…" (only http and https links are kept)',
    ]);
  });

  it('bom.json: a UTF-8 byte-order mark is accepted', () => {
    const result = accepted('bom.json');
    expect(result.value.format).toBe('framelens');
    if (result.value.format === 'framelens') expect(result.value.data.annotations).toHaveLength(2);
  });

  it('csv-formula-cells.csv: cells starting with = + - @ are data, kept literally', () => {
    const result = accepted('csv-formula-cells.csv');
    expect(result.value.format).toBe('csv-corpus');
    if (result.value.format !== 'csv-corpus') return;
    expect(
      result.value.data.map((doc) => [doc.outletName, doc.title, doc.published, doc.url, doc.text]),
    ).toEqual([
      [
        '=HYPERLINK("http://evil.example","RT")',
        '=1+2',
        '2024-11-30',
        'https://www.rt.com/news/1',
        "=cmd|' /C calc'!A0 The militants advanced.",
      ],
      ['@SUM(A1)', '+44 title', '', null, '-2 is a number, -3 is another'],
    ]);
  });

  it('label-studio-unknown-label.json: an unknown label is listed, not an error', () => {
    const result = accepted('label-studio-unknown-label.json');
    expect(result.value.format).toBe('label-studio');
    if (result.value.format !== 'label-studio') return;
    expect(result.value.data.unknownLabels).toEqual([{ name: 'Euphemism', count: 1 }]);
    expect(result.value.data.needsLabel.map((entry) => entry.annotation.exact)).toEqual([
      'liberated',
    ]);
    expect(result.value.data.annotations.map((a) => [a.exact, a.labelId])).toEqual([
      ['regime', 'actor-label'],
    ]);
    expect(result.value.data.annotators).toEqual([
      { id: 'label-studio-user-4', name: 'Label Studio user 4', role: 'annotator' },
    ]);
  });

  it('a 50 MB export with 100,000 annotations (generated in memory) parses', () => {
    const text = 'Militants and the regime traded accusations. '.repeat(500);
    const hash = sha256(text);
    // "Militants and the regime traded accusations. " is 9 + 4 + 4 + 7 + 7 + 13 + 1 = 45
    // characters, so "Militants" starts at every multiple of 45, up to 499 × 45 = 22,455.
    const annotations = Array.from({ length: 100_000 }, (_, i) => {
      const start = (i % 500) * 45;
      return {
        id: `0192f3a4-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
        articleId: 'art-big',
        start,
        end: start + 9,
        exact: 'Militants',
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(start + 9, start + 41),
        labelId: 'actor-label',
        target: 'hts',
        valence: (i % 5) - 2,
        voice: 'own',
        note: `Note ${i}: ${'x'.repeat(120)}`,
        annotatorId: 'ann-1',
        status: 'accepted',
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
        deleted: 0,
      };
    });
    const file = JSON.stringify({
      format: 'framelens',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      source: 'FrameLens',
      outlets: [{ id: 'out-1', name: 'Big Outlet' }],
      articles: [
        {
          id: 'art-big',
          outletId: 'out-1',
          title: 'Big',
          url: null,
          published: '2024',
          language: 'en',
          textHash: hash,
          wordCount: 3000,
          source: 'paste',
          addedAt: '2026-11-20T09:00:00.000Z',
          text,
        },
      ],
      annotations,
      annotators: [{ id: 'ann-1', name: 'Rana', role: 'student' }],
    });
    const bytes = new TextEncoder().encode(file);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
    const result = parseExchangeFile('big.json', bytes, context);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.format).toBe('framelens');
    if (result.value.format === 'framelens') {
      expect(result.value.data.annotations).toHaveLength(100_000);
      expect(result.value.data.annotations[99_999]?.valence).toBe(2); // 99,999 % 5 − 2 = 2
    }
    // A few seconds on a quiet machine, ten times that on a busy one: the limit catches hangs.
  }, 600_000);
});
