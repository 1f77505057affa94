import type { ForeignImport } from '../foreign-import';
import { parseLabelStudioValue, serializeLabelStudio } from '../label-studio-format';
import { isJsonObject } from '../read-input';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import type { AnnotationExportInput } from './annotation-export';
import type { ImportContext } from './import-context';
import { probeJson, shapeSubject } from './json-shape';

/** Label Studio JSON: a task (`"data"` object) or a list of tasks. */
export const labelStudioKind: FileKind<ForeignImport, ImportContext, AnnotationExportInput> = {
  ...KIND_INFO['label-studio'],
  detect(probe) {
    const subject = shapeSubject(probe.json);
    if (!subject || !isJsonObject(subject.object.data)) return null;
    // Below W3C (whose annotations may carry "data"); above doccano (a task may carry "text").
    return subject.inList
      ? { reason: 'a list of Label Studio tasks ("data" objects)', confidence: 0.8 }
      : { reason: 'a Label Studio task ("data" object)', confidence: 0.8 };
  },
  parse(probe, context) {
    const json = probeJson(probe);
    if (!json.ok) return json;
    return parseLabelStudioValue(json.value, {
      codebook: context.codebook,
      fallbackAnnotatorId: context.annotatorId,
      importedAt: context.importedAt,
      defaultOutletName: context.defaultOutletName,
    });
  },
  serialize({ scope }) {
    const { articles, outlets, annotations, annotators, codebook } = scope;
    return serializeLabelStudio({ articles, outlets, annotations, annotators, codebook });
  },
};
