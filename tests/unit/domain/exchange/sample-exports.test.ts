import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  currentAnnotations,
  serializeAnnotationsCsv,
} from '../../../../src/domain/exchange/csv-format';
import { serializeDoccano } from '../../../../src/domain/exchange/doccano-format';
import { parseExchangeFile, type ImportContext } from '../../../../src/domain/exchange/import-file';
import {
  labelStudioConfig,
  serializeLabelStudio,
} from '../../../../src/domain/exchange/label-studio-format';
import { serializeNative } from '../../../../src/domain/exchange/native-format';
import { serializeW3c } from '../../../../src/domain/exchange/w3c-format';
import { repoRoot, sampleScope } from './sample-data';

/**
 * tests/fixtures/exchange holds one export of the sample scope per format (the examples that
 * docs/formats.md describes). The serializers must reproduce them byte for byte, and each must
 * import again. Regenerate with UPDATE_EXCHANGE_FIXTURES=1 after an intended format change.
 */

const dir = path.join(repoRoot, 'tests/fixtures/exchange');
const EXPORTED_AT = '2026-11-23T12:00:00.000Z';

function exports(): Record<string, string> {
  const scope = sampleScope();
  const common = {
    articles: scope.articles,
    outlets: scope.outlets,
    annotations: scope.annotations,
    annotators: scope.annotators,
    codebook: defaultCodebook,
  };
  return {
    'sample.framelens.json': serializeNative(scope, {
      includeTexts: true,
      exportedAt: EXPORTED_AT,
    }),
    'sample.w3c.jsonld': serializeW3c({ ...common, exportedAt: EXPORTED_AT }),
    'sample.label-studio.json': serializeLabelStudio(common),
    'label-studio-config.xml': labelStudioConfig(defaultCodebook),
    'sample.doccano.jsonl': serializeDoccano(common),
    // As the app exports it: what is there now.
    'sample.annotations.csv': serializeAnnotationsCsv({
      ...common,
      annotations: currentAnnotations(scope.annotations),
    }),
  };
}

describe('sample exports', () => {
  const files = exports();
  if (process.env.UPDATE_EXCHANGE_FIXTURES === '1') {
    for (const [name, content] of Object.entries(files))
      writeFileSync(path.join(dir, name), content);
  }

  for (const [name, content] of Object.entries(files)) {
    it(`${name} is what the serializer writes today`, () => {
      const file = path.join(dir, name);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(content);
    });
  }

  it('each sample imports again as its own format', () => {
    const scope = sampleScope();
    const context: ImportContext = {
      codebook: defaultCodebook,
      articles: scope.articles,
      annotatorId: 'me',
      importedAt: EXPORTED_AT,
      defaultOutletName: 'Imported',
      language: 'en',
    };
    const formats = Object.keys(files)
      .filter((name) => name.startsWith('sample.'))
      .map((name) => {
        const result = parseExchangeFile(name, readFileSync(path.join(dir, name)), context);
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        return [name, result.value.format];
      });
    expect(formats).toEqual([
      ['sample.framelens.json', 'framelens'],
      ['sample.w3c.jsonld', 'w3c'],
      ['sample.label-studio.json', 'label-studio'],
      ['sample.doccano.jsonl', 'doccano'],
      ['sample.annotations.csv', 'csv-annotations'],
    ]);
  });
});
