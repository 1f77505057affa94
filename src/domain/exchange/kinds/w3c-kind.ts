import type { ForeignImport } from '../foreign-import';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import { parseW3cValue, serializeW3c } from '../w3c-format';
import type { AnnotationExportInput } from './annotation-export';
import type { ImportContext } from './import-context';
import { hasType, probeJson, shapeSubject } from './json-shape';

const W3C_TYPES = ['Annotation', 'AnnotationCollection', 'AnnotationPage'];

/** W3C Web Annotation (JSON-LD): an AnnotationCollection, a page, an annotation or a list. */
export const w3cKind: FileKind<ForeignImport, ImportContext, AnnotationExportInput> = {
  ...KIND_INFO.w3c,
  detect(probe) {
    const subject = shapeSubject(probe.json);
    if (!subject || !('@context' in subject.object || hasType(subject.object, W3C_TYPES))) {
      return null;
    }
    // Below FrameLens; above Label Studio and doccano (a Web Annotation may also carry "data").
    return subject.inList
      ? { reason: 'a list of Web Annotations', confidence: 0.9 }
      : { reason: 'a JSON-LD Web Annotation ("@context" / "type")', confidence: 0.9 };
  },
  parse(probe, context) {
    const json = probeJson(probe);
    if (!json.ok) return json;
    return parseW3cValue(json.value, {
      articles: context.articles,
      codebook: context.codebook,
      fallbackAnnotatorId: context.annotatorId,
      importedAt: context.importedAt,
    });
  },
  serialize({ scope }) {
    const { annotations, articles, codebook, annotators } = scope;
    return serializeW3c({ annotations, articles, codebook, annotators });
  },
};
