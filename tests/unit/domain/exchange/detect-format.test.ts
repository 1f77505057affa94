import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import { serializeAnnotationsCsv } from '../../../../src/domain/exchange/csv-format';
import { isPlanned } from '../../../../src/domain/exchange/import-file';
import { readProbe } from '../../../../src/domain/exchange/registry/probe';
import { claimKind } from '../../../../src/domain/exchange/registry/registry';
import { whyUnrecognised } from '../../../../src/domain/exchange/registry/unrecognised';
import { serializeDoccano } from '../../../../src/domain/exchange/doccano-format';
import { serializeLabelStudio } from '../../../../src/domain/exchange/label-studio-format';
import { serializeNative } from '../../../../src/domain/exchange/native-format';
import {
  checkJsonDepth,
  decodeInput,
  findInvalidUtf8,
  lineColumnAt,
  utf8ByteLength,
} from '../../../../src/domain/exchange/read-input';
import { serializeW3c } from '../../../../src/domain/exchange/w3c-format';
import { sampleScope } from './sample-data';

/** The registry's detection over the kinds "Import annotations" plans; unclaimed → 'unknown'. */
function detectFormat(name: string, content: string | Uint8Array) {
  const read = readProbe(name, content);
  if (!read.ok) return read;
  const claim = claimKind(read.value, (kind) => isPlanned(kind.id));
  const value = claim
    ? { format: claim.kind.id, reason: claim.reason }
    : { format: 'unknown', reason: whyUnrecognised(read.value) };
  return { ok: true as const, value: { ...value, text: read.value.text } };
}

function detected(name: string, content: string | Uint8Array) {
  const result = detectFormat(name, content);
  if (!result.ok) throw new Error(result.error.message);
  return { format: result.value.format, reason: result.value.reason };
}

describe('detectFormat', () => {
  const scope = sampleScope();
  const common = {
    articles: scope.articles,
    outlets: scope.outlets,
    annotations: scope.annotations,
    annotators: scope.annotators,
    codebook: defaultCodebook,
  };

  it('recognises every export FrameLens writes, by content', () => {
    expect(detected('x.json', serializeNative(scope, { includeTexts: false }))).toEqual({
      format: 'framelens',
      reason: '"format" is "framelens"',
    });
    expect(detected('x.jsonld', serializeW3c(common))).toEqual({
      format: 'w3c',
      reason: 'a JSON-LD Web Annotation ("@context" / "type")',
    });
    expect(detected('x.json', serializeLabelStudio(common))).toEqual({
      format: 'label-studio',
      reason: 'a list of Label Studio tasks ("data" objects)',
    });
    expect(detected('x.jsonl', serializeDoccano(common)).format).toBe('doccano');
    // A .json name on JSONL content is still doccano.
    expect(detected('x.json', serializeDoccano(common))).toEqual({
      format: 'doccano',
      reason: 'one JSON object per line (doccano JSONL)',
    });
    expect(detected('x.csv', serializeAnnotationsCsv(common)).format).toBe('csv-annotations');
    expect(
      detected('corpus.csv', 'outlet,title,published,url,text\nRT,T,2024,,body\n').format,
    ).toBe('csv-corpus');
  });

  it('falls back to content when the name says nothing', () => {
    expect(detected('export', serializeNative(scope, { includeTexts: false })).format).toBe(
      'framelens',
    );
    expect(detected('export.txt', 'outlet,title,text\nRT,T,body\n').format).toBe('csv-corpus');
    expect(detected('notes.txt', 'Just some notes.')).toEqual({
      format: 'unknown',
      reason: '"notes.txt" is neither JSON, JSONL nor CSV',
    });
  });

  it('explains what an unknown file looks like', () => {
    expect(
      detected('lexicon.json', '{"format": "framelens-lexicon", "version": 1, "entries": []}'),
    ).toEqual({
      format: 'unknown',
      reason:
        '"format" is "framelens-lexicon", which is not an annotation export FrameLens imports here',
    });
    expect(detected('x.json', '[]').reason).toBe('the JSON list is empty');
    expect(detected('x.json', '42').reason).toBe('the JSON holds 42, not an object or list');
    expect(detected('x.csv', 'a,b,c\n1,2,3\n').reason).toBe(
      'the CSV columns (a, b, c) match neither an annotation export (id,article_id,outlet,title,language,start,end,exact,label,target,valence,voice,note,annotator,annotator_name,status,created_at,updated_at,deleted) nor a corpus (outlet,title,published,url,text,language)',
    );
  });

  it('strips a byte-order mark from text and from bytes', () => {
    const json = serializeNative(scope, { includeTexts: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    const fromBytes = detectFormat('x.json', withBom);
    expect(fromBytes.ok && fromBytes.value.text).toBe(json);
    const fromText = detectFormat('x.json', `\uFEFF${json}`);
    expect(fromText.ok && fromText.value.format).toBe('framelens');
  });
});

describe('input guards', () => {
  it('finds the first ill-formed UTF-8 sequence', () => {
    const bytes = (...values: number[]) => new Uint8Array(values);
    expect(findInvalidUtf8(new TextEncoder().encode('plain ASCII, “curly”, 🇸🇾'))).toBe(-1);
    expect(findInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // an encoded surrogate
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // truncated "€"
    expect(findInvalidUtf8(bytes(0xff))).toBe(0);
  });

  it('reports the byte counted from 1', () => {
    expect(decodeInput(new Uint8Array([0x7b, 0x7d, 0xff]))).toEqual({
      ok: false,
      error: {
        message:
          'The file is not UTF-8 text (byte 3 is not valid UTF-8). Save it as UTF-8 and try again.',
        path: 'byte 3',
      },
    });
  });

  it('counts UTF-8 bytes without encoding', () => {
    const sample = 'a é € 🇸🇾 \ud800';
    // a=1, space=1, é=2, space, €=3, space, 🇸🇾 = 2 × 4, space, lone surrogate = 3 (as U+FFFD)
    expect(utf8ByteLength(sample)).toBe(1 + 1 + 2 + 1 + 3 + 1 + 8 + 1 + 3);
    expect(utf8ByteLength(sample)).toBe(new TextEncoder().encode(sample).length);
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(checkJsonDepth(`{"a": "${'['.repeat(500)}"}`).ok).toBe(true);
    expect(checkJsonDepth(`{"a": "\\"${'['.repeat(500)}"}`).ok).toBe(true);
    expect(checkJsonDepth('['.repeat(100) + ']'.repeat(100)).ok).toBe(true);
    expect(checkJsonDepth('['.repeat(101) + ']'.repeat(101)).ok).toBe(false);
  });

  it('gives 1-based lines and columns', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
