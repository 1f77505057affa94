import { parseDoccano, serializeDoccano, type DoccanoImport } from '../doccano-format';
import { isJsonObject } from '../read-input';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import type { AnnotationExportInput } from './annotation-export';
import type { ImportContext } from './import-context';
import { CSV_EXTENSIONS, firstNonSpace, JSONL_EXTENSIONS, looksLikeJsonl } from './json-shape';

/** A doccano record: a "text" with its spans under "label", "labels" or "entities". */
export function isDoccanoRecord(value: Record<string, unknown>): boolean {
  return (
    typeof value.text === 'string' && ('label' in value || 'labels' in value || 'entities' in value)
  );
}

/** doccano JSONL: one JSON object per line (a single-line file is one JSON object). */
export const doccanoKind: FileKind<DoccanoImport, ImportContext, AnnotationExportInput> = {
  ...KIND_INFO.doccano,
  detect(probe) {
    if (JSONL_EXTENSIONS.includes(probe.extension)) {
      return { reason: 'a JSONL file (doccano)', confidence: 0.5 };
    }
    const json = probe.json;
    if (json === undefined) {
      // Not one JSON document, but lines that each start with "{".
      const lines =
        !CSV_EXTENSIONS.includes(probe.extension) &&
        firstNonSpace(probe.text) === '{' &&
        looksLikeJsonl(probe.text);
      return lines ? { reason: 'one JSON object per line (doccano JSONL)', confidence: 1 } : null;
    }
    // One record alone is a one-line JSONL file; a JSON list of records is not doccano's.
    const record = isJsonObject(json) && typeof json.format !== 'string' && isDoccanoRecord(json);
    // Below W3C and Label Studio, whose records may also carry "text" and "label".
    return record ? { reason: 'a doccano record ("text" and "label")', confidence: 0.7 } : null;
  },
  parse(probe, context) {
    return parseDoccano(probe.text, {
      codebook: context.codebook,
      annotatorId: context.annotatorId,
      importedAt: context.importedAt,
      defaultOutletName: context.defaultOutletName,
      ...(context.doccanoOffsetUnits ? { offsetUnits: context.doccanoOffsetUnits } : {}),
    });
  },
  serialize({ scope, doccanoOffsetUnits }) {
    const { articles, outlets, annotations, annotators, codebook } = scope;
    return serializeDoccano({
      articles,
      outlets,
      annotations,
      annotators,
      codebook,
      offsetUnits: doccanoOffsetUnits,
    });
  },
};
