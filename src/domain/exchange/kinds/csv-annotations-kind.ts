import { currentAnnotations, parseAnnotationsCsv, serializeAnnotationsCsv } from '../csv-format';
import type { ForeignImport } from '../foreign-import';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import type { AnnotationExportInput } from './annotation-export';
import { annotationColumnHits, csvHeader, isCsvCandidate } from './csv-header';
import type { ImportContext } from './import-context';

/** CSV, one row per annotation (id, article_id, start, end, exact, label, …). */
export const csvAnnotationsKind: FileKind<ForeignImport, ImportContext, AnnotationExportInput> = {
  ...KIND_INFO['csv-annotations'],
  detect(probe) {
    if (!isCsvCandidate(probe) || annotationColumnHits(csvHeader(probe.text)) < 2) return null;
    // Above the corpus CSV: an annotation export also has its outlet and title columns.
    return { reason: 'CSV with annotation columns (id, article_id, start, end, …)', confidence: 1 };
  },
  parse(probe, context) {
    return parseAnnotationsCsv(probe.text, {
      codebook: context.codebook,
      articles: context.articles,
      importedAt: context.importedAt,
      fallbackAnnotatorId: context.annotatorId,
    });
  },
  serialize({ scope }) {
    const { annotations, articles, outlets, annotators, codebook } = scope;
    return serializeAnnotationsCsv({
      annotations: currentAnnotations(annotations),
      articles,
      outlets,
      annotators,
      codebook,
    });
  },
};
