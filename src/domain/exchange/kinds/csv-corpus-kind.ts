import { parseCorpusCsv } from '../csv-format';
import type { ImportedDocument } from '../foreign-import';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import { corpusColumnHits, csvHeader, isCsvCandidate } from './csv-header';
import type { ImportContext } from './import-context';

/** A corpus CSV (outlet, title, published, url, text): articles without annotations. */
export const csvCorpusKind: FileKind<ImportedDocument[], Pick<ImportContext, 'language'>> = {
  ...KIND_INFO['csv-corpus'],
  detect(probe) {
    if (!isCsvCandidate(probe) || corpusColumnHits(csvHeader(probe.text)) < 2) return null;
    return { reason: 'CSV with corpus columns (outlet, title, text, …)', confidence: 0.9 };
  },
  parse(probe, context) {
    return parseCorpusCsv(probe.text, { language: context.language });
  },
};
