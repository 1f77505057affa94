import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  buildDoccanoLines,
  parseDoccano,
  serializeDoccano,
  type DoccanoParseContext,
} from '../../../../src/domain/exchange/doccano-format';
import { planMerge } from '../../../../src/domain/exchange/merge';
import { carried, sampleScope } from './sample-data';

const context: DoccanoParseContext = {
  codebook: defaultCodebook,
  annotatorId: 'me',
  importedAt: '2026-11-23T12:00:00.000Z',
  defaultOutletName: 'doccano',
};

function input(offsetUnits?: 'utf16' | 'code-points') {
  const scope = sampleScope();
  return {
    scope,
    value: {
      articles: scope.articles,
      outlets: scope.outlets,
      annotations: scope.annotations,
      codebook: defaultCodebook,
      ...(offsetUnits ? { offsetUnits } : {}),
    },
  };
}

describe('doccano export', () => {
  it('writes one JSON line per article with [start, end, label] spans in UTF-16 units', () => {
    const { value } = input();
    const text = serializeDoccano(value);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const emoji = JSON.parse(lines[2] ?? '{}') as { label: unknown };
    // doccano (v-annotator) counts JavaScript string units: "militants" is 16–25 after the
    // 4-unit flag.
    expect(emoji.label).toEqual([[16, 25, 'Actor label']]);
  });

  it('can write code points for tools that count like Python', () => {
    const { value } = input('code-points');
    // Same span in code points: the flag counts 2, so 14–23.
    expect(buildDoccanoLines(value)[2]?.label).toEqual([[14, 23, 'Actor label']]);
  });

  it('sorts spans and leaves out rejected suggestions and tombstones', () => {
    const { value } = input();
    const [levant] = buildDoccanoLines(value);
    // In the text: "…against the Assad regime forces, a commando unit…", then "“precision”",
    // then "infiltrated" — so text order is Assad regime, commando unit, precision, infiltrated.
    expect(levant?.label.map(([, , name]) => name)).toEqual([
      'Actor label',
      'Actor label',
      'Loaded language',
      'Action framing',
    ]);
    const starts = levant?.label.map(([start]) => start) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Levant24 has 5 sample annotations: 4 live and accepted, 1 tombstone ("aggression").
    expect(levant?.label).toHaveLength(4);
  });
});

describe('doccano import', () => {
  it('round-trips text, spans, label names and metadata', () => {
    const { scope, value } = input();
    const parsed = parseDoccano(serializeDoccano(value), context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.warnings).toEqual([]);
    expect(
      parsed.value.documents.map((doc) => [doc.key, doc.outletName, doc.title, doc.url]),
    ).toEqual([
      ['doccano:line-1', 'Levant24', scope.articles[0]?.title, scope.articles[0]?.url],
      ['doccano:line-2', 'RT', scope.articles[1]?.title, null],
      ['doccano:line-3', 'RT', 'Emoji test', null],
    ]);
    const articleOf = new Map(
      parsed.value.documents.map((doc, i) => [doc.key, scope.articles[i]?.id]),
    );
    const spans = (
      list: { articleId: string; start: number; end: number; labelId: string; exact: string }[],
    ) => list.map((a) => `${a.articleId}:${a.start}-${a.end}:${a.labelId}:${a.exact}`).sort();
    expect(
      spans(
        parsed.value.annotations.map((a) => ({
          ...a,
          articleId: articleOf.get(a.articleId) ?? '',
        })),
      ),
    ).toEqual(spans(carried(scope.annotations)));
  });

  it('gives spans stable ids, so importing the same file twice changes nothing', () => {
    const { value } = input();
    const file = serializeDoccano(value);
    const first = parseDoccano(file, context);
    const second = parseDoccano(file, context);
    if (!first.ok || !second.ok) throw new Error('parse failed');
    expect(second.value.annotations.map((a) => a.id)).toEqual(
      first.value.annotations.map((a) => a.id),
    );
    const plan = planMerge(first.value.annotations, second.value.annotations);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 7, conflicting: 0 });
  });

  it('reads doccano’s UTF-16 offsets (its issue #2290 example)', () => {
    // "👨🏻‍🚒 firemen drive firetrucks": the emoji is 👨 (2 units) 🏻 (2) ZWJ (1) 🚒 (2) = 7 UTF-16
    // units but 4 code points; " firemen drive " is 15. doccano reports 22–32, Python 19–29.
    const text = '👨🏻‍🚒 firemen drive firetrucks';
    const utf16 = parseDoccano(JSON.stringify({ text, label: [[22, 32, 'Actor label']] }), context);
    const points = parseDoccano(JSON.stringify({ text, label: [[19, 29, 'Actor label']] }), {
      ...context,
      offsetUnits: 'code-points',
    });
    for (const parsed of [utf16, points]) {
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.value.annotations[0]).toMatchObject({
        start: 22,
        end: 32,
        exact: 'firetrucks',
      });
    }
  });

  it('accepts the older "entities" form and reports unknown labels', () => {
    const line = JSON.stringify({
      text: 'They liberated the town.',
      entities: [{ start_offset: 5, end_offset: 14, label: 'EUPHEMISM' }],
    });
    const parsed = parseDoccano(`${line}\n`, context);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.unknownLabels).toEqual([{ name: 'EUPHEMISM', count: 1 }]);
    expect(parsed.value.needsLabel[0]?.annotation.exact).toBe('liberated');
  });

  it('names the line of every problem', () => {
    const good = JSON.stringify({ text: 'The regime fell.', label: [[4, 10, 'Actor label']] });
    expect(
      parseDoccano(`${good}\n${good}\n{"text": "x", "label": [[0, 1, "A"]\n`, context),
    ).toEqual({
      ok: false,
      error: {
        message: 'line 3 is not valid JSON (each line of a doccano JSONL file is one JSON object)',
        path: 'line 3',
      },
    });
    expect(
      parseDoccano(`${good}\n\n{"text": "abc", "label": [[2, 1, "Actor label"]]}`, context),
    ).toEqual({
      ok: false,
      error: { message: 'line 3, label 1: end (1) is before start (2)', path: 'line 3' },
    });
    expect(parseDoccano('{"text": "abc", "label": [[0, 9, "Actor label"]]}', context)).toEqual({
      ok: false,
      error: {
        message: 'line 1, label 1: end (9) is past the end of the text (3 UTF-16 units)',
        path: 'line 1',
      },
    });
    expect(parseDoccano('{"label": []}', context)).toEqual({
      ok: false,
      error: { message: 'line 1: "text" is missing (the labeled text)', path: 'line 1' },
    });
    expect(parseDoccano('{"text": "abc", "label": [[0, 1]]}', context)).toEqual({
      ok: false,
      error: {
        message: 'line 1: "label" item 1 must be [start, end, "LABEL"] (got a list)',
        path: 'line 1',
      },
    });
  });
});
