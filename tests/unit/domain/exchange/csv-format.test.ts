import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  ANNOTATION_CSV_COLUMNS,
  escapeCell,
  parseAnnotationsCsv,
  parseCorpusCsv,
  serializeAnnotationsCsv,
  unescapeCell,
  type AnnotationCsvParseContext,
} from '../../../../src/domain/exchange/csv-format';
import { sampleScope } from './sample-data';

function exportSample(mutate?: (scope: ReturnType<typeof sampleScope>) => void) {
  const scope = sampleScope();
  mutate?.(scope);
  const csv = serializeAnnotationsCsv({
    annotations: scope.annotations,
    articles: scope.articles,
    outlets: scope.outlets,
    annotators: scope.annotators,
    codebook: defaultCodebook,
  });
  const context: AnnotationCsvParseContext = {
    codebook: defaultCodebook,
    articles: scope.articles,
    importedAt: '2026-11-23T12:00:00.000Z',
    fallbackAnnotatorId: 'me',
  };
  return { scope, csv, context };
}

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('formula escaping', () => {
  it('escapes cells that start like a formula, and apostrophe cells that would be ambiguous', () => {
    expect(escapeCell('=1+2')).toBe("'=1+2");
    expect(escapeCell('+32 555')).toBe("'+32 555");
    expect(escapeCell('-2')).toBe("'-2");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('\tx')).toBe("'\tx");
    expect(escapeCell('\rx')).toBe("'\rx");
    expect(escapeCell("'=x")).toBe("''=x"); // reads back as '=x, not =x
    expect(escapeCell("''")).toBe("'''");
    expect(escapeCell("'tis")).toBe("'tis"); // unambiguous: left alone
    expect(escapeCell('regime')).toBe('regime');
    expect(escapeCell('')).toBe('');
  });

  it('undoes exactly what it did, for every string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ') }),
        (value) => {
          const escaped = escapeCell(value);
          expect(unescapeCell(escaped)).toBe(value);
          expect(['=', '+', '-', '@', '\t', '\r']).not.toContain(escaped.charAt(0));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(unescapeCell(escapeCell(value))).toBe(value);
      }),
    );
  });
});

describe('annotation CSV', () => {
  it('writes the columns, a BOM for Excel, and numbers unescaped', () => {
    const { csv } = exportSample();
    expect(
      csv.startsWith(
        '\uFEFFid,article_id,outlet,title,language,start,end,exact,label,target,valence,',
      ),
    ).toBe(true);
    const table = rows(csv);
    expect(table[0]).toEqual([...ANNOTATION_CSV_COLUMNS]);
    const regime = table.find((row) => row[7] === 'Assad regime');
    // valence −2 is written as the number -2: numeric columns are never escaped.
    expect(regime?.[10]).toBe('-2');
    // The article's outlet, title and language (the sample articles are English).
    expect(regime?.slice(2, 5)).toEqual([
      'Levant24',
      'HTS Commandos Capture Regime Soldiers in Retaliatory Operation',
      'en',
    ]);
    const precision = table.find((row) => row[7] === 'precision');
    expect(precision?.[12]).toBe('Scare quotes?\n<script>alert("x")</script> & "more"');
  });

  it('escapes formula-like text cells', () => {
    const { csv } = exportSample((scope) => {
      const first = scope.annotations[0];
      if (first) first.note = '=HYPERLINK("http://evil.example","click")';
    });
    const first = rows(csv)[1];
    expect(first?.[12]).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  it('round-trips every annotation, tombstones and rejected suggestions included', () => {
    const { csv, scope, context } = exportSample((s) => {
      const first = s.annotations[0];
      if (first) first.note = "=1+2 and '=quoted";
      const second = s.annotations[1];
      if (second) second.note = "'=already escaped";
    });
    const parsed = parseAnnotationsCsv(csv, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value.annotations).toEqual(scope.annotations);
    expect(parsed.value.annotations[1]?.note).toBe("'=already escaped");
  });

  it("writes each annotator's name next to its id", () => {
    const { csv, scope } = exportSample();
    const table = rows(csv);
    const header = table[0] ?? [];
    const idColumn = header.indexOf('annotator');
    expect(header[idColumn + 1]).toBe('annotator_name');
    // sample-data.ts: ann-1 is "Rana", 0192f3a4-…5566 is "Teacher <b>Ali</b>" (kept as text).
    const names = new Map(table.slice(1).map((row) => [row[idColumn], row[idColumn + 1]]));
    expect(names).toEqual(
      new Map([
        ['ann-1', 'Rana'],
        [scope.annotators[1]?.id, 'Teacher <b>Ali</b>'],
      ]),
    );
  });

  it("reads the annotators' names back, and falls back to the id in files without the column", () => {
    const { csv, context } = exportSample();
    const parsed = parseAnnotationsCsv(csv, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const byId = (list: { id: string; name: string }[]) =>
      Object.fromEntries(list.map(({ id, name }) => [id, name]));
    expect(byId(parsed.value.annotators)).toEqual({
      'ann-1': 'Rana',
      '0192f3a4-5b6c-7d8e-9f00-112233445566': 'Teacher <b>Ali</b>',
    });

    const nameColumn = ANNOTATION_CSV_COLUMNS.indexOf('annotator_name');
    const older = Papa.unparse(rows(csv).map((row) => row.filter((_, i) => i !== nameColumn)));
    const parsedOlder = parseAnnotationsCsv(older, context);
    if (!parsedOlder.ok) throw new Error(parsedOlder.error.message);
    expect(byId(parsedOlder.value.annotators)).toEqual({
      'ann-1': 'ann-1',
      '0192f3a4-5b6c-7d8e-9f00-112233445566': '0192f3a4-5b6c-7d8e-9f00-112233445566',
    });
    expect(parsedOlder.value.annotations).toEqual(parsed.value.annotations);
  });

  it('names the row and column of a bad value (the header is row 1)', () => {
    const { csv, context } = exportSample();
    const table = rows(csv);
    const broken = (row: number, column: string, value: string) => {
      const copy = table.map((r) => [...r]);
      const target = copy[row - 1];
      if (target) target[ANNOTATION_CSV_COLUMNS.indexOf(column as never)] = value;
      return parseAnnotationsCsv(Papa.unparse(copy), context);
    };
    expect(broken(3, 'valence', '7')).toEqual({
      ok: false,
      error: {
        message: 'row 3 (column valence): "7" must be an integer from -2 to 2',
        path: 'row 3',
      },
    });
    expect(broken(4, 'end', '1')).toMatchObject({
      error: {
        message: expect.stringMatching(/^row 4 \(column end\): end \(1\) is before start \(\d+\)$/),
      },
    });
    expect(broken(2, 'voice', 'shouting')).toMatchObject({
      error: { message: 'row 2 (column voice): "shouting" must be own, quoted or attributed' },
    });
    expect(broken(5, 'id', table[1]?.[0] ?? '')).toMatchObject({
      error: {
        message:
          'row 5 (column id): "0192f3a4-0000-7000-8000-000000000001" is used twice (also in row 2); every annotation needs its own id',
      },
    });
  });

  it('orphans rows whose article is not in the library, and reports missing columns', () => {
    const { csv, context } = exportSample();
    const parsed = parseAnnotationsCsv(csv, { ...context, articles: [] });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.annotations).toEqual([]);
    expect(parsed.value.orphaned).toHaveLength(9);
    expect(parsed.value.orphaned[0]?.reason).toBe(
      'its article (art-levant) is not in your library',
    );
    expect(parseAnnotationsCsv('id,article_id,exact\n1,2,x\n', context)).toEqual({
      ok: false,
      error: {
        message:
          'The annotation CSV is missing the columns start, end, label (row 1 must name the columns: id, article_id, start, end, exact, label)',
        path: 'row 1',
      },
    });
  });
});

describe('corpus CSV', () => {
  it('reads outlet, title, published, url and text', () => {
    const csv =
      'outlet,title,published,url,text\r\n' +
      'RT,Syrian military outlines response,2024-11-30,https://www.rt.com/news/1,"Line one.\r\nLine two, with a comma."\r\n';
    const parsed = parseCorpusCsv(csv, { language: 'en' });
    expect(parsed).toEqual({
      ok: true,
      value: [
        {
          key: 'csv:row-2',
          text: 'Line one.\nLine two, with a comma.',
          outletName: 'RT',
          title: 'Syrian military outlines response',
          url: 'https://www.rt.com/news/1',
          published: '2024-11-30',
          language: 'en',
        },
      ],
      warnings: [],
    });
  });

  it('names missing columns and bad cells', () => {
    expect(parseCorpusCsv('outlet,published\nRT,2024\n', { language: 'en' })).toEqual({
      ok: false,
      error: {
        message:
          'The corpus CSV is missing the columns title, text (row 1 must name the columns: outlet, title, text)',
        path: 'row 1',
      },
    });
    expect(
      parseCorpusCsv('outlet,title,published,text\nRT,T,2024-13,body\n', { language: 'en' }),
    ).toEqual({
      ok: false,
      error: {
        message:
          'row 2 (column published): "2024-13" is not a date like 2024, 2024-09 or 2024-09-30',
        path: 'row 2',
      },
    });
    expect(parseCorpusCsv('outlet,title,text\nRT,T,"unclosed\n', { language: 'en' })).toEqual({
      ok: false,
      error: {
        message: 'row 2 of the CSV cannot be read: a quoted cell is not closed properly',
        path: 'row 2',
      },
    });
  });
});
