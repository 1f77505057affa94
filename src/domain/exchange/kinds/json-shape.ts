import { isJsonObject, parseJsonText } from '../read-input';
import { succeed, type ParseResult } from '../result';
import type { FileProbe } from '../registry/file-kind';

/** Shape checks the JSON kinds share when deciding whether a file is theirs. */

/** The object a JSON file is about: itself, or the first item of a list. */
export interface JsonSubject {
  object: Record<string, unknown>;
  inList: boolean;
}

export function jsonSubject(json: unknown): JsonSubject | null {
  if (isJsonObject(json)) return { object: json, inList: false };
  if (Array.isArray(json) && isJsonObject(json[0])) return { object: json[0], inList: true };
  return null;
}

/**
 * A subject whose shape a kind may claim: one that names a "format" of its own belongs to that
 * format (a lexicon, a backup), never to a kind guessed from its keys.
 */
export function shapeSubject(json: unknown): JsonSubject | null {
  const subject = jsonSubject(json);
  return subject && typeof subject.object.format !== 'string' ? subject : null;
}

export function hasType(value: Record<string, unknown>, types: readonly string[]): boolean {
  const type = value.type;
  const list = Array.isArray(type) ? type : [type];
  return list.some((entry) => typeof entry === 'string' && types.includes(entry));
}

/** The probe's JSON (parsed once by the registry; parsed here only if it was not). */
export function probeJson(probe: FileProbe): ParseResult<unknown> {
  return probe.json !== undefined ? succeed(probe.json) : parseJsonText(probe.text);
}

export function firstNonSpace(text: string): string {
  const match = /\S/.exec(text);
  return match ? match[0] : '';
}

/** Extensions that say "read me as CSV" whatever the content looks like. */
export const CSV_EXTENSIONS: readonly string[] = ['csv', 'tsv'];
/** Extensions that say "read me as JSON lines". */
export const JSONL_EXTENSIONS: readonly string[] = ['jsonl', 'ndjson'];

/** Whether the registry reads the text as JSON: by name (.json) or by its first character. */
export function isJsonCandidate(extension: string, text: string): boolean {
  if (CSV_EXTENSIONS.includes(extension) || JSONL_EXTENSIONS.includes(extension)) return false;
  if (extension === 'json') return true;
  const first = firstNonSpace(text);
  return first === '{' || first === '[';
}

/** Several lines that each start with "{": JSON lines, even if the whole is not one JSON. */
export function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.slice(0, 5).every((line) => line.trim().startsWith('{'));
}
