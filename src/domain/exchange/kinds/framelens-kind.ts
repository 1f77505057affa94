import {
  NATIVE_FORMAT,
  parseNativeValue,
  serializeNative,
  type NativeExport,
} from '../native-format';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import type { AnnotationExportInput } from './annotation-export';
import type { ImportContext } from './import-context';
import { jsonSubject, probeJson } from './json-shape';

/** FrameLens JSON: the lossless native export (`"format": "framelens"`). */
export const framelensKind: FileKind<NativeExport, ImportContext, AnnotationExportInput> = {
  ...KIND_INFO.framelens,
  detect(probe) {
    const subject = jsonSubject(probe.json);
    if (subject?.object.format !== NATIVE_FORMAT) return null;
    return subject.inList
      ? { reason: 'a FrameLens export wrapped in a JSON list', confidence: 1 }
      : { reason: '"format" is "framelens"', confidence: 1 };
  },
  parse(probe, context) {
    const json = probeJson(probe);
    if (!json.ok) return json;
    const knownTextHashes = new Set(context.articles.map((article) => article.textHash));
    return parseNativeValue(json.value, { knownTextHashes });
  },
  serialize({ scope, includeTexts }) {
    return serializeNative(scope, { includeTexts });
  },
};
