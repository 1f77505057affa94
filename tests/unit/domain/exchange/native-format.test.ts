import { describe, expect, it } from 'vitest';
import {
  buildNativeExport,
  findTextHashMismatch,
  parseNative,
  serializeNative,
} from '../../../../src/domain/exchange/native-format';
import { sampleScope } from './sample-data';

const EXPORTED_AT = '2026-11-23T12:00:00.000Z';

function sampleFile(includeTexts = true): Record<string, unknown> & {
  annotations: Record<string, unknown>[];
  articles: Record<string, unknown>[];
} {
  return JSON.parse(
    serializeNative(sampleScope(), { includeTexts, exportedAt: EXPORTED_AT }),
  ) as never;
}

function parseObject(value: unknown, options = {}) {
  return parseNative(JSON.stringify(value), options);
}

describe('native FrameLens JSON', () => {
  it('round-trips: serialize → parse gives back exactly what was exported', () => {
    const scope = sampleScope();
    const text = serializeNative(scope, { includeTexts: true, exportedAt: EXPORTED_AT });
    const parsed = parseNative(text);
    expect(parsed).toEqual({
      ok: true,
      value: buildNativeExport(scope, { includeTexts: true, exportedAt: EXPORTED_AT }),
      warnings: [],
    });
    if (parsed.ok) {
      expect(parsed.value.annotations).toEqual(scope.annotations);
      expect(parsed.value.articles).toEqual(scope.articles);
      expect(parsed.value.outlets).toEqual(scope.outlets);
      expect(parsed.value.codebook).toEqual(scope.codebook);
    }
  });

  it('leaves the texts out when asked, and still round-trips', () => {
    const scope = sampleScope();
    const text = serializeNative(scope, { includeTexts: false, exportedAt: EXPORTED_AT });
    const parsed = parseNative(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.articles.every((article) => article.text === undefined)).toBe(true);
    expect(parsed.value).toEqual(
      buildNativeExport(scope, { includeTexts: false, exportedAt: EXPORTED_AT }),
    );
  });

  it('writes one record per line and the envelope first', () => {
    const text = serializeNative(sampleScope(), { includeTexts: false, exportedAt: EXPORTED_AT });
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '{',
      '  "format": "framelens",',
      '  "version": 1,',
      `  "exportedAt": "${EXPORTED_AT}",`,
      '  "source": "FrameLens",',
    ]);
    // 9 annotations → 9 lines that each hold one annotation object.
    expect(
      lines.filter((line) => line.startsWith('    {"id":"') && line.includes('"articleId"')),
    ).toHaveLength(9);
  });

  it('refuses a file made by a newer FrameLens', () => {
    const file = { ...sampleFile(), version: 2 };
    expect(parseObject(file)).toEqual({
      ok: false,
      error: {
        message:
          'This file was made by a newer FrameLens (version 2); this FrameLens reads version 1. Update FrameLens to import it.',
        path: 'version',
      },
    });
  });

  it('names the annotation whose end is before its start', () => {
    const file = sampleFile();
    const annotation = file.annotations[3];
    if (!annotation) throw new Error('sample changed');
    annotation.start = 140;
    annotation.end = 120;
    expect(parseObject(file)).toEqual({
      ok: false,
      error: {
        message: 'annotations[3].end (120) is before start (140)',
        path: 'annotations[3].end',
      },
    });
  });

  it('names the annotation whose offsets run past its article text', () => {
    const file = sampleFile();
    // On the emoji article: the flag is 4 UTF-16 units and " Syria: the militants advanced on
    // Aleppo, officials said." is 7 + 4 + 10 + 9 + 3 + 8 + 10 + 6 = 57, so 61 in all.
    const annotation = file.annotations[6];
    if (!annotation) throw new Error('sample changed');
    annotation.end = 500;
    const parsed = parseObject(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toBe(
        'annotations[6].end (500) is past the end of article "art-emoji" (its text is 61 UTF-16 code units long)',
      );
    }
  });

  it('validates values with their path and the value found', () => {
    const file = sampleFile();
    const annotation = file.annotations[1];
    if (!annotation) throw new Error('sample changed');
    annotation.valence = 5;
    expect(parseObject(file)).toEqual({
      ok: false,
      error: {
        message: 'annotations[1].valence must be an integer from -2 to 2 (got 5)',
        path: 'annotations[1].valence',
      },
    });
    annotation.valence = 1.5;
    expect(parseObject(file).ok).toBe(false);
    annotation.valence = -2;
    annotation.voice = 'shouted';
    expect(parseObject(file)).toMatchObject({
      error: {
        message: 'annotations[1].voice must be "own", "quoted" or "attributed" (got "shouted")',
      },
    });
    annotation.voice = 'own';
    annotation.updatedAt = 'yesterday';
    expect(parseObject(file)).toMatchObject({
      error: {
        message:
          'annotations[1].updatedAt must be an ISO 8601 timestamp like 2024-09-30T12:00:00.000Z (got "yesterday")',
      },
    });
    annotation.updatedAt = '2026-11-21T09:00:00.000Z';
    delete annotation.labelId;
    expect(parseObject(file)).toMatchObject({
      error: { message: 'annotations[1].labelId is missing', path: 'annotations[1].labelId' },
    });
  });

  it('collapses identical duplicates and refuses the same id with different content', () => {
    const file = sampleFile();
    const [first] = file.annotations;
    if (!first) throw new Error('sample changed');
    file.annotations.push({ ...first });
    const collapsed = parseObject(file);
    expect(collapsed.ok && collapsed.value.annotations).toHaveLength(9);
    expect(collapsed.ok && collapsed.warnings).toEqual([
      'annotations: 1 exact duplicate was listed twice and counted once',
    ]);
    file.annotations[9] = { ...first, note: 'changed' };
    expect(parseObject(file)).toEqual({
      ok: false,
      error: {
        message:
          'annotations[9].id "0192f3a4-0000-7000-8000-000000000001" is used twice with different content (also by annotations[0]); every record needs its own id',
        path: 'annotations[9].id',
      },
    });
  });

  it('does not let __proto__ or constructor keys pollute anything', () => {
    const text = serializeNative(sampleScope(), { includeTexts: false, exportedAt: EXPORTED_AT })
      .replace(
        '{\n',
        '{\n  "__proto__": {"polluted": "yes"},\n  "constructor": {"prototype": {"polluted": "yes"}},\n',
      )
      .replace(
        '{"id":"0192f3a4-0000-7000-8000-000000000001"',
        '{"__proto__":{"isAdmin":true},"id":"0192f3a4-0000-7000-8000-000000000001"',
      );
    const parsed = parseNative(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const [annotation] = parsed.value.annotations;
    expect(Object.getPrototypeOf(annotation)).toBe(Object.prototype);
    expect(Object.hasOwn(annotation ?? {}, '__proto__')).toBe(false);
    expect((annotation as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.hasOwn(parsed.value, 'constructor')).toBe(false);
  });

  it('keeps http(s) links and drops others with a note naming the article', () => {
    const file = sampleFile(false);
    const [first, second] = file.articles;
    if (!first || !second) throw new Error('sample changed');
    first.url = 'javascript:alert(1)';
    second.url = 'data:text/html,<script>alert(1)</script>';
    const parsed = parseObject(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.articles.map((article) => article.url)).toEqual([null, null, null]);
    expect(parsed.warnings).toEqual([
      'articles[0] ("HTS Commandos Capture Regime Soldiers in Retaliatory Operation"): dropped the link "javascript:alert(1)" (only http and https links are kept)',
      'articles[1] ("Syrian military outlines response to terrorist offensive"): dropped the link "data:text/html,<script>alert(1)</script>" (only http and https links are kept)',
    ]);
  });

  it('refuses annotations on an article that has no text and is not in the library', () => {
    const parsed = parseNative(
      serializeNative(sampleScope(), { includeTexts: false, exportedAt: EXPORTED_AT }),
      { knownTextHashes: new Set() },
    );
    expect(parsed).toEqual({
      ok: false,
      error: {
        message:
          'articles[0] ("HTS Commandos Capture Regime Soldiers in Retaliatory Operation") has no text and is not in your library, so its 5 annotations cannot be placed. Ask for an export made with article texts included.',
        path: 'articles[0].text',
      },
    });
    const scope = sampleScope();
    const known = new Set(scope.articles.map((article) => article.textHash));
    const accepted = parseNative(
      serializeNative(scope, { includeTexts: false, exportedAt: EXPORTED_AT }),
      { knownTextHashes: known },
    );
    expect(accepted.ok).toBe(true);
  });

  it('refuses references to records that are not in the file', () => {
    const file = sampleFile();
    const annotation = file.annotations[0];
    if (!annotation) throw new Error('sample changed');
    annotation.articleId = 'art-missing';
    expect(parseObject(file)).toMatchObject({
      error: {
        message: 'annotations[0].articleId "art-missing" is not one of the articles in this file',
      },
    });
  });

  it('warns when a quote does not match the included text', () => {
    const file = sampleFile();
    const annotation = file.annotations[0];
    if (!annotation) throw new Error('sample changed');
    annotation.exact = 'something else';
    const parsed = parseObject(file);
    expect(parsed.ok && parsed.warnings).toEqual([
      '1 annotation does not match the article text at their offsets (first: annotations[0]); they will be re-anchored by their quote',
    ]);
  });

  it('checks that included texts still hash to their textHash', async () => {
    const scope = sampleScope();
    const parsed = parseNative(
      serializeNative(scope, { includeTexts: true, exportedAt: EXPORTED_AT }),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await findTextHashMismatch(parsed.value.articles)).toBeNull();
    const [first, ...rest] = parsed.value.articles;
    if (!first) throw new Error('sample changed');
    const edited = [{ ...first, text: `${first.text} ` }, ...rest];
    expect(await findTextHashMismatch(edited)).toBe(
      'articles[0] ("HTS Commandos Capture Regime Soldiers in Retaliatory Operation"): the text does not match its textHash (the text was changed after export)',
    );
  });
});
