import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  parseAnnotationsCsv,
  parseCorpusCsv,
  serializeAnnotationsCsv,
} from '../../../../src/domain/exchange/csv-format';
import { parseDoccano, serializeDoccano } from '../../../../src/domain/exchange/doccano-format';
import {
  parseLabelStudio,
  serializeLabelStudio,
} from '../../../../src/domain/exchange/label-studio-format';
import { parseNative, serializeNative } from '../../../../src/domain/exchange/native-format';
import type { ParseResult } from '../../../../src/domain/exchange/result';
import { parseW3c, serializeW3c } from '../../../../src/domain/exchange/w3c-format';
import { csvFiles, jsonFiles } from './fuzz-files';
import { sampleScope } from './sample-data';

/** Parsers never throw on user data: whatever the file holds, a ParseResult comes back. */

const RUNS = 300;
const TIMEOUT = 120_000;
const importedAt = '2026-11-23T12:00:00.000Z';

function expectParseResult(result: ParseResult<unknown>): void {
  if (result.ok) {
    expect(Array.isArray(result.warnings)).toBe(true);
  } else {
    expect(typeof result.error.message).toBe('string');
    expect(result.error.message).not.toBe('');
  }
}

const scope = sampleScope();
const codebook = defaultCodebook;

describe('parsers never throw on user data (fast-check)', () => {
  it(
    'W3C',
    () => {
      const sample = serializeW3c({ ...scope, codebook, exportedAt: importedAt });
      const context = { articles: scope.articles, codebook, fallbackAnnotatorId: 'me', importedAt };
      fc.assert(
        fc.property(jsonFiles(sample), (file) => expectParseResult(parseW3c(file, context))),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'Label Studio',
    () => {
      const sample = serializeLabelStudio({ ...scope, codebook });
      const context = {
        codebook,
        fallbackAnnotatorId: 'me',
        importedAt,
        defaultOutletName: 'Label Studio',
      };
      fc.assert(
        fc.property(jsonFiles(sample), (file) =>
          expectParseResult(parseLabelStudio(file, context)),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'doccano',
    () => {
      const sample = serializeDoccano({ ...scope, codebook, offsetUnits: 'code-points' });
      const context = { codebook, annotatorId: 'me', importedAt, defaultOutletName: 'doccano' };
      fc.assert(
        fc.property(jsonFiles(sample, true), (file) =>
          expectParseResult(parseDoccano(file, context)),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'FrameLens (native)',
    () => {
      const sample = serializeNative(scope, { includeTexts: true, exportedAt: importedAt });
      const known = new Set(scope.articles.map((article) => article.textHash));
      fc.assert(
        fc.property(jsonFiles(sample), fc.boolean(), (file, withKnown) =>
          expectParseResult(parseNative(file, withKnown ? { knownTextHashes: known } : {})),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'CSV annotations and corpus CSV',
    () => {
      const sample = serializeAnnotationsCsv({ ...scope, codebook });
      const context = { codebook, articles: scope.articles, importedAt, fallbackAnnotatorId: 'me' };
      fc.assert(
        fc.property(csvFiles(sample), (file) => {
          expectParseResult(parseAnnotationsCsv(file, context));
          expectParseResult(parseCorpusCsv(file, { language: 'en' }));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
