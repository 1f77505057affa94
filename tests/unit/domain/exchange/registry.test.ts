import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import type { AnnotationExportInput } from '../../../../src/domain/exchange/kinds/annotation-export';
import type { ImportContext } from '../../../../src/domain/exchange/kinds/import-context';
import { isPlanned } from '../../../../src/domain/exchange/import-file';
import { exportKindInfos, KIND_INFO } from '../../../../src/domain/exchange/registry/kind-info';
import {
  detectKind,
  exportableKinds,
  FILE_KINDS,
  kindById,
} from '../../../../src/domain/exchange/registry/registry';
import type { Annotation, Annotator } from '../../../../src/domain/types';
import { makeArticle, makeOutlet } from './sample-data';

/**
 * The registry is the only list of file kinds: every kind round-trips a sample through its own
 * serialize → detectKind → parse, and the metadata the page reads names the same kinds.
 */

// "Militants shelled the town. Officials called it terror." counted by hand:
// Militants = 0–9; "shelled " 10–18, "the " 18–22, "town. " 22–28; Officials = 28–37,
// "called " 38–45, "it " 45–48; terror = 48–54; the full stop is 54, so 55 characters.
const TEXT = 'Militants shelled the town. Officials called it terror.';
const outlet = makeOutlet('out-1', 'Levant24');
const article = makeArticle('art-1', 'out-1', 'Town shelled', TEXT, 'https://example.org/town');
const annotator: Annotator = { id: 'ann-1', name: 'Rana', role: 'student' };

function span(id: string, start: number, end: number, exact: string, labelId: string): Annotation {
  return {
    id,
    articleId: article.id,
    start,
    end,
    exact,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(end, end + 32),
    labelId,
    target: null,
    valence: 0,
    voice: 'own',
    note: '',
    annotatorId: annotator.id,
    status: 'accepted',
    createdAt: '2026-11-21T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    deleted: 0,
  };
}

const ANNOTATIONS = [
  span('0192f3a4-0000-7000-8000-000000000001', 0, 9, 'Militants', 'actor-label'),
  span('0192f3a4-0000-7000-8000-000000000002', 48, 54, 'terror', 'loaded-language'),
];

/** What every kind must give back: where each span is, what it quotes and its label. */
const EXPECTED = [
  { start: 0, end: 9, exact: 'Militants', labelId: 'actor-label' },
  { start: 48, end: 54, exact: 'terror', labelId: 'loaded-language' },
];

const EXPORT_INPUT: AnnotationExportInput = {
  scope: {
    codebook: defaultCodebook,
    outlets: [outlet],
    articles: [article],
    annotations: ANNOTATIONS,
    annotators: [annotator],
  },
  includeTexts: true,
  doccanoOffsetUnits: 'utf16',
};

const CONTEXT: ImportContext = {
  codebook: defaultCodebook,
  articles: [article],
  annotatorId: annotator.id,
  importedAt: '2026-11-22T09:00:00.000Z',
  defaultOutletName: 'Imported',
  language: '',
};

/** A sample of every kind not written from an annotation export (those are serialised). */
const READ_ONLY_SAMPLES: Record<string, string> = {
  'csv-corpus': `outlet,title,published,url,text\nLevant24,Town shelled,2024-11-28,,${TEXT}\n`,
  'corpus-text': `# Town shelled\n\n${TEXT}\n`,
  'corpus-html': `<title>Town shelled</title><p>${TEXT}</p>`,
  'corpus-bundle': kindById('framelens')?.serialize?.(EXPORT_INPUT) ?? '',
  backup: JSON.stringify({
    format: 'framelens-backup',
    version: 1,
    schemaVersion: 2,
    exportedAt: null,
    tables: {},
  }),
  lexicon: JSON.stringify({ format: 'framelens-lexicon', version: 1, entries: [] }),
  ...Object.fromEntries(
    ['assignment', 'submission', 'feedback'].map((kind) => [
      kind,
      readFileSync(new URL(`../../../fixtures/classroom/${kind}.json`, import.meta.url), 'utf8'),
    ]),
  ),
};

function sampleOf(id: string): { fileName: string; content: string } {
  const kind = kindById(id);
  if (!kind) throw new Error(`no kind "${id}"`);
  const content = READ_ONLY_SAMPLES[id] ?? kind.serialize?.(EXPORT_INPUT);
  if (content === undefined) throw new Error(`no sample for the kind "${id}": add one above`);
  return { fileName: `sample.${kind.extension}`, content };
}

function spansOf(value: unknown): typeof EXPECTED {
  const { annotations } = value as { annotations: Annotation[] };
  return annotations
    .map(({ start, end, exact, labelId }) => ({ start, end, exact, labelId }))
    .sort((a, b) => a.start - b.start);
}

describe('the file-kind registry', () => {
  it('lists each kind once, in the order and with the metadata the page reads', () => {
    const ids = FILE_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Object.keys(KIND_INFO));
    for (const kind of FILE_KINDS) {
      expect(kind).toMatchObject(KIND_INFO[kind.id as keyof typeof KIND_INFO]);
    }
    expect(exportableKinds().map((kind) => kind.id)).toEqual(
      exportKindInfos().map((info) => info.id),
    );
    expect(exportableKinds().every((kind) => kind.export !== undefined)).toBe(true);
  });

  // Among the kinds of the place the file is opened in: a FrameLens export is annotations under
  // "Import annotations" and a bundle of articles under "Article files".
  it.each(FILE_KINDS.map((kind) => kind.id))('detects a %s sample as its own kind', (id) => {
    const { fileName, content } = sampleOf(id);
    const intake = kindById(id)?.intake;
    const detected = detectKind(fileName, content, (kind) => kind.intake === intake);
    if (!detected.ok) throw new Error(detected.error.message);
    expect(detected.value.kind.id).toBe(id);
    expect(detected.value.reason).not.toBe('');
  });

  it.each(exportableKinds().map((kind) => kind.id))(
    'round-trips a sample through %s: serialize → detect → the same annotations',
    (id) => {
      const { fileName, content } = sampleOf(id);
      const detected = detectKind(fileName, content);
      if (!detected.ok) throw new Error(detected.error.message);
      const parsed = detected.value.kind.parse(detected.value.probe, CONTEXT);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(spansOf(parsed.value)).toEqual(EXPECTED);
    },
  );

  it('reads the corpus sample as its one article', () => {
    const { fileName, content } = sampleOf('csv-corpus');
    const detected = detectKind(fileName, content);
    if (!detected.ok) throw new Error(detected.error.message);
    const parsed = detected.value.kind.parse(detected.value.probe, CONTEXT);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toMatchObject([
      { outletName: 'Levant24', title: 'Town shelled', text: TEXT },
    ]);
  });

  it('names what no kind claims, and keeps unreadable files an error', () => {
    // "Import annotations" considers the kinds it plans (a .txt is an article file elsewhere).
    expect(detectKind('notes.txt', 'Just some notes.', (kind) => isPlanned(kind.id))).toEqual({
      ok: false,
      error: {
        message:
          'FrameLens does not recognise "notes.txt": "notes.txt" is neither JSON, JSONL nor CSV.',
        path: 'file',
      },
    });
    expect(detectKind('x.json', '   ')).toEqual({
      ok: false,
      error: { message: 'The file is empty: there is nothing to import.', path: 'file' },
    });
  });
});
