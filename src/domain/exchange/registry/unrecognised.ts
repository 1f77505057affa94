import { CLASSROOM_FORMATS } from '../../classroom/classroom-envelope';
import { csvHeader, describeCsvMismatch } from '../kinds/csv-header';
import { isDoccanoRecord } from '../kinds/doccano-kind';
import { CSV_EXTENSIONS } from '../kinds/json-shape';
import { isJsonObject } from '../read-input';
import { describeValue } from '../result';
import type { FileProbe } from './file-kind';

/** Why no kind claimed a readable file, in words that say what the file looks like instead. */

function describeObject(value: Record<string, unknown>): string {
  const classroom = Object.entries(CLASSROOM_FORMATS).find(([, format]) => format === value.format);
  if (classroom !== undefined) {
    return `it is a FrameLens ${classroom[0]} file, which opens on the Classroom page`;
  }
  if (typeof value.format === 'string') {
    return `"format" is ${describeValue(value.format)}, which is not an annotation export FrameLens imports here`;
  }
  const keys = Object.keys(value).slice(0, 5);
  if (keys.length === 0) return 'the JSON object is empty';
  return `a JSON object with the keys ${keys.map((key) => `"${key}"`).join(', ')}, which matches no format FrameLens imports`;
}

function describeJson(value: unknown): string {
  if (isJsonObject(value)) return describeObject(value);
  if (!Array.isArray(value)) return `the JSON holds ${describeValue(value)}, not an object or list`;
  const [first] = value;
  if (first === undefined) return 'the JSON list is empty';
  if (!isJsonObject(first)) {
    return `a JSON list of ${describeValue(first)} values, which matches no format`;
  }
  if (typeof first.format !== 'string' && isDoccanoRecord(first)) {
    return 'doccano records in a JSON list; doccano files are JSONL (one JSON object per line)';
  }
  return `a JSON list whose items are ${describeObject(first).replace(/^a /, '')}`;
}

export function whyUnrecognised(probe: FileProbe): string {
  if (probe.json !== undefined) return describeJson(probe.json);
  if (CSV_EXTENSIONS.includes(probe.extension)) return describeCsvMismatch(csvHeader(probe.text));
  return `"${probe.fileName}" is neither JSON, JSONL nor CSV`;
}
