import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import { assignArticles } from '../../../../src/domain/exchange/foreign-import';
import {
  buildLabelStudioTasks,
  labelStudioConfig,
  parseLabelStudio,
  serializeLabelStudio,
  type LabelStudioParseContext,
} from '../../../../src/domain/exchange/label-studio-format';
import { carried, sampleScope } from './sample-data';

const context: LabelStudioParseContext = {
  codebook: defaultCodebook,
  fallbackAnnotatorId: 'me',
  importedAt: '2026-11-23T12:00:00.000Z',
  defaultOutletName: 'Label Studio',
};

function exportSample() {
  const scope = sampleScope();
  const input = {
    articles: scope.articles,
    outlets: scope.outlets,
    annotations: scope.annotations,
    annotators: scope.annotators,
    codebook: defaultCodebook,
  };
  return { scope, input, json: serializeLabelStudio(input) };
}

describe('Label Studio export', () => {
  it('writes one task per article and one Label Studio annotation per annotator', () => {
    const { input } = exportSample();
    const tasks = buildLabelStudioTasks(input);
    expect(tasks.map((task) => task.data.title)).toEqual([
      'HTS Commandos Capture Regime Soldiers in Retaliatory Operation',
      'Syrian military outlines response to terrorist offensive',
      'Emoji test',
    ]);
    // Levant24: Rana (3 live accepted spans) and the teacher (1); the tombstone is left out.
    expect(
      tasks[0]?.annotations.map((a) => [
        a.framelens_annotator.name,
        a.result.filter((r) => r.type === 'labels').length,
      ]),
    ).toEqual([
      ['Rana', 3],
      ['Teacher <b>Ali</b>', 1],
    ]);
  });

  it('counts offsets in code points', () => {
    const { input } = exportSample();
    const emojiTask = buildLabelStudioTasks(input)[2];
    const labels = emojiTask?.annotations[0]?.result.find((r) => r.type === 'labels');
    // "🇸🇾 Syria: the militants…": the flag is 2 code points (4 UTF-16 units), so "militants"
    // is UTF-16 16–25 and code points 14–23.
    expect(labels?.value).toEqual({
      start: 14,
      end: 23,
      text: 'militants',
      labels: ['Actor label'],
    });
  });

  it('writes attributes as per-region results with the same id', () => {
    const { input } = exportSample();
    const results = buildLabelStudioTasks(input)[0]?.annotations[0]?.result ?? [];
    const region = results.filter((r) => r.id === '0192f3a4-0000-7000-8000-000000000002');
    expect(region.map((r) => [r.type, r.from_name])).toEqual([
      ['labels', 'label'],
      ['choices', 'target'],
      ['choices', 'voice'],
      ['number', 'valence'],
    ]);
    expect(region[1]?.value).toMatchObject({ choices: ['syrian-government'] });
    expect(region[3]?.value).toMatchObject({ number: -2 });
  });

  it('writes a matching labeling config with escaped names', () => {
    const config = labelStudioConfig(defaultCodebook);
    expect(config).toContain('<Label value="Attribution &amp; doubt" background="#F0E442"/>');
    expect(config).toContain(
      '<Number name="valence" toName="text" perRegion="true" min="-2" max="2"/>',
    );
  });
});

describe('Label Studio import', () => {
  it('round-trips every accepted, live annotation and the article metadata', () => {
    const { scope, json } = exportSample();
    const parsed = parseLabelStudio(json, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.warnings).toEqual([]);
    const keys = new Map(
      parsed.value.documents.map((doc, i) => [doc.key, scope.articles[i]?.id ?? '']),
    );
    expect(
      parsed.value.documents.map((doc) => [
        doc.key,
        doc.title,
        doc.outletName,
        doc.url,
        doc.text === scope.articles[parsed.value.documents.indexOf(doc)]?.text,
      ]),
    ).toEqual([
      ['label-studio:1', scope.articles[0]?.title, 'Levant24', scope.articles[0]?.url, true],
      ['label-studio:2', scope.articles[1]?.title, 'RT', null, true],
      ['label-studio:3', 'Emoji test', 'RT', null, true],
    ]);
    const restored = assignArticles(parsed.value, keys).annotations;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...restored].sort(byId)).toEqual([...carried(scope.annotations)].sort(byId));
    expect(parsed.value.annotators.map((a) => [a.id, a.name])).toEqual([
      ['ann-1', 'Rana'],
      ['0192f3a4-5b6c-7d8e-9f00-112233445566', 'Teacher <b>Ali</b>'],
    ]);
  });

  it('reads Label Studio’s own code-point offsets (its emoji test case)', () => {
    // From Label Studio's e2e test: "test" in "🐱 Warning: This is a test text" is 21–25 in code
    // points. 🐱 is one code point but two UTF-16 units, so in JavaScript it is 22–26.
    const file = JSON.stringify([
      {
        id: 7,
        data: { text: '🐱 Warning: This is a test text' },
        annotations: [
          {
            completed_by: 3,
            created_at: '2024-05-01T10:00:00.123456Z',
            result: [
              {
                id: 'abc123',
                type: 'labels',
                from_name: 'label',
                to_name: 'text',
                value: { start: 21, end: 25, text: 'test', labels: ['Loaded language'] },
              },
            ],
          },
        ],
      },
    ]);
    const parsed = parseLabelStudio(file, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.annotations).toEqual([
      {
        // Derived from the text and the region id "abc123" (region ids are only unique in a task).
        id: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
        articleId: 'label-studio:7',
        start: 22,
        end: 26,
        exact: 'test',
        prefix: '🐱 Warning: This is a ',
        suffix: ' text',
        labelId: 'loaded-language',
        target: null,
        valence: 0,
        voice: 'own',
        note: '',
        annotatorId: 'label-studio-user-3',
        status: 'accepted',
        createdAt: '2024-05-01T10:00:00.123456Z',
        updatedAt: '2024-05-01T10:00:00.123456Z',
        deleted: 0,
      },
    ]);
    expect(parsed.value.documents[0]).toMatchObject({
      outletName: 'Label Studio',
      title: '🐱 Warning: This is a test text',
    });
  });

  it('lists labels missing from the codebook so the person can add or skip them', () => {
    const file = JSON.stringify([
      {
        data: { text: 'The rebels liberated the town; the regime fled the town.' },
        annotations: [
          {
            result: [
              {
                id: 'r1',
                type: 'labels',
                value: { start: 11, end: 20, text: 'liberated', labels: ['Euphemism'] },
              },
              {
                id: 'r2',
                type: 'labels',
                value: { start: 35, end: 41, text: 'regime', labels: ['Actor label'] },
              },
              {
                id: 'r3',
                type: 'labels',
                value: { start: 4, end: 10, text: 'rebels', labels: ['Euphemism'] },
              },
            ],
          },
        ],
      },
    ]);
    const parsed = parseLabelStudio(file, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.unknownLabels).toEqual([{ name: 'Euphemism', count: 2 }]);
    expect(
      parsed.value.needsLabel.map((entry) => [entry.labelName, entry.annotation.exact]),
    ).toEqual([
      ['Euphemism', 'liberated'],
      ['Euphemism', 'rebels'],
    ]);
    expect(parsed.value.annotations.map((a) => [a.labelId, a.exact])).toEqual([
      ['actor-label', 'regime'],
    ]);
  });

  it('keeps a FrameLens region id when meta.framelens holds only some of its timestamps', () => {
    const { json } = exportSample();
    const tasks = JSON.parse(json) as {
      annotations: { result: { id: string; type: string; meta?: { framelens?: object } }[] }[];
    }[];
    // "not-a-uuid/with spaces" is not a UUID: only meta.framelens marks it as FrameLens's own.
    const region = tasks[0]?.annotations[0]?.result.find(
      (result) => result.id === 'not-a-uuid/with spaces' && result.type === 'labels',
    );
    if (!region?.meta) throw new Error('the sample has no such region');
    region.meta.framelens = { updatedAt: '2026-11-22T09:00:00.000Z' };
    const parsed = parseLabelStudio(JSON.stringify(tasks), context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const kept = parsed.value.annotations.find((a) => a.id === 'not-a-uuid/with spaces');
    expect(kept).toMatchObject({
      createdAt: '2026-11-21T09:00:00.000Z',
      updatedAt: '2026-11-22T09:00:00.000Z',
    });
  });

  it('places spans of a CRLF text onto the stored LF text', () => {
    // Raw: "Line one.\r\nThe militants came." — "militants" at 15–24 (code points = UTF-16 here);
    // stored with LF it is one character earlier: 14–23.
    const file = JSON.stringify([
      {
        data: { text: 'Line one.\r\nThe militants came.' },
        annotations: [
          {
            result: [
              {
                id: 'm',
                type: 'labels',
                value: { start: 15, end: 24, text: 'militants', labels: ['actor-label'] },
              },
            ],
          },
        ],
      },
    ]);
    const parsed = parseLabelStudio(file, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.documents[0]?.text).toBe('Line one.\nThe militants came.');
    expect(parsed.value.annotations[0]).toMatchObject({ start: 14, end: 23, exact: 'militants' });
  });

  it('reports what is wrong and where', () => {
    expect(
      parseLabelStudio(JSON.stringify([{ data: { text: 'a' } }, { data: {} }]), context),
    ).toEqual({
      ok: false,
      error: {
        message: 'tasks[1].data.text is missing (the text that was labeled)',
        path: 'tasks[1].data.text',
      },
    });
    const backwards = JSON.stringify([
      {
        data: { text: 'abcdef' },
        annotations: [
          {
            result: [
              { id: 'x', type: 'labels', value: { start: 4, end: 2, labels: ['Actor label'] } },
            ],
          },
        ],
      },
    ]);
    expect(parseLabelStudio(backwards, context)).toEqual({
      ok: false,
      error: {
        message: 'tasks[0].annotations[0].result[0].value.end (2) is before start (4)',
        path: 'tasks[0].annotations[0].result[0].value.end',
      },
    });
    expect(parseLabelStudio('{"tasks": 1}', context).ok).toBe(false);
  });
});
