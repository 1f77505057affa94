import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import { serializeAnnotationsCsv } from '../../../../src/domain/exchange/csv-format';
import { parseCorpusCsv } from '../../../../src/domain/exchange/csv/parse-corpus-csv';
import { buildDoccanoLines, parseDoccano } from '../../../../src/domain/exchange/doccano-format';
import {
  corpusFromDocuments,
  singleArticle,
} from '../../../../src/domain/exchange/kinds/corpus-article';
import {
  buildLabelStudioTasks,
  parseLabelStudio,
} from '../../../../src/domain/exchange/label-studio-format';
import { buildW3cCollection } from '../../../../src/domain/exchange/w3c-format';
import type { Article } from '../../../../src/domain/types';
import { sampleScope } from './sample-data';

// Written for this test: "The army withdrew from the city, the residents said."
const ARABIC = 'انسحب الجيش من المدينة، قال السكان إن القصف ما زال مستمرا في الأحياء الشرقية.';

/** The sample scope with its first article (which holds annotations) in Arabic. */
function arabicScope(language = 'ar') {
  const scope = sampleScope();
  const first = scope.articles[0] as Article;
  scope.articles[0] = { ...first, language };
  return { scope, first };
}

function exportInput(language = 'ar') {
  const { scope, first } = arabicScope(language);
  const input = {
    articles: scope.articles,
    outlets: scope.outlets,
    annotations: scope.annotations,
    annotators: scope.annotators,
    codebook: defaultCodebook,
  };
  return { input, first };
}

describe('exports carry the article language', () => {
  it('W3C: each target names its article language; none when it is not recorded', () => {
    const { input, first } = exportInput();
    const items = buildW3cCollection(input).first.items;
    const ofFirst = items.filter((item) => item.target['framelens:textHash'] === first.textHash);
    expect(ofFirst.length).toBeGreaterThan(0);
    for (const item of ofFirst) expect(item.target.language).toBe('ar');

    const unrecorded = buildW3cCollection(exportInput('').input).first.items.find(
      (item) => item.target['framelens:textHash'] === first.textHash,
    );
    expect(unrecorded && 'language' in unrecorded.target).toBe(false);
  });

  it('doccano: a language key next to outlet and title', () => {
    const { input, first } = exportInput();
    const line = buildDoccanoLines(input).find(
      (candidate) => candidate.textHash === first.textHash,
    );
    expect(line?.language).toBe('ar');
  });

  it('Label Studio: data.language', () => {
    const { input, first } = exportInput();
    const task = buildLabelStudioTasks(input).find((t) => t.data.textHash === first.textHash);
    expect(task?.data.language).toBe('ar');
  });

  it('annotation CSV: a language column after the title', () => {
    const { input, first } = exportInput();
    const [header, ...rows] = Papa.parse<string[]>(
      serializeAnnotationsCsv(input).replace(/^\uFEFF/, ''),
      { skipEmptyLines: true },
    ).data;
    const column = header?.indexOf('language') ?? -1;
    expect(header?.[column - 1]).toBe('title');
    const articleColumn = header?.indexOf('article_id') ?? -1;
    const ofFirst = rows.filter((row) => row[articleColumn] === first.id);
    expect(ofFirst.length).toBeGreaterThan(0);
    for (const row of ofFirst) expect(row[column]).toBe('ar');
  });
});

describe('imports keep a valid language and refuse an invalid one', () => {
  const csv = (language: string) =>
    `outlet,title,text,language\nAl Jazeera,Withdrawal,${ARABIC},${language}\n`;

  it('corpus CSV: the language column is kept, in its usual case', () => {
    const parsed = parseCorpusCsv(csv('AR'), { language: '' });
    expect(parsed.ok && parsed.value[0]?.language).toBe('ar');
  });

  it('corpus CSV: a language that is not a tag refuses the file, naming the row', () => {
    expect(parseCorpusCsv(csv('Arabic'), { language: '' })).toEqual({
      ok: false,
      error: {
        message:
          'row 2 (column language): "Arabic" is not a language tag (use a BCP 47 code such as "en", "ar" or "pt-BR")',
        path: 'row 2 (column language)',
      },
    });
  });

  it('corpus CSV without a language: told from the text when the articles are planned', () => {
    const parsed = parseCorpusCsv(csv(''), { language: '' });
    expect(parsed.ok && parsed.value[0]?.language).toBe('');
    const corpus = corpusFromDocuments(parsed);
    expect(corpus.ok && corpus.value.articles[0]?.language).toBe('ar');
  });

  it('an article file: its language is told from its text', () => {
    const file = singleArticle(ARABIC, { outletName: '', title: 't', published: '', url: null });
    expect(file.ok && file.value.articles[0]?.language).toBe('ar');
  });

  it('Label Studio: data.language that is not a tag refuses the file', () => {
    const task = { data: { text: ARABIC, language: 'Arabic' }, annotations: [] };
    const parsed = parseLabelStudio(JSON.stringify([task]), {
      codebook: defaultCodebook,
      fallbackAnnotatorId: 'me',
      importedAt: '2026-11-23T12:00:00.000Z',
      defaultOutletName: 'Label Studio',
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.path).toBe('tasks[0].data.language');
  });

  it('Label Studio: a valid data.language reaches the document', () => {
    const task = { data: { text: ARABIC, language: 'ar' }, annotations: [] };
    const parsed = parseLabelStudio(JSON.stringify([task]), {
      codebook: defaultCodebook,
      fallbackAnnotatorId: 'me',
      importedAt: '2026-11-23T12:00:00.000Z',
      defaultOutletName: 'Label Studio',
    });
    expect(parsed.ok && parsed.value.documents[0]?.language).toBe('ar');
  });

  it('doccano: a language key that is not a tag refuses the file, naming the line', () => {
    const line = JSON.stringify({ text: ARABIC, label: [], language: 'ar_EG' });
    const parsed = parseDoccano(`${line}\n`, {
      codebook: defaultCodebook,
      annotatorId: 'me',
      importedAt: '2026-11-23T12:00:00.000Z',
      defaultOutletName: 'doccano',
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toBe(
        'line 1: "ar_EG" is not a language tag (use a BCP 47 code such as "en", "ar" or "pt-BR")',
      );
    }
  });
});
