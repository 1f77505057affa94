import { isJsonCandidate, looksLikeJsonl, firstNonSpace } from '../kinds/json-shape';
import { decodeInput, parseJsonText } from '../read-input';
import { fail, succeed, type ParseResult } from '../result';
import type { FileProbe } from './file-kind';

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Reads a file once for every detector: decodes it (size, UTF-8, BOM) and, when it looks like
 * JSON, parses it once. Unreadable content is an error: too large, not UTF-8, empty, nested too
 * deeply, or broken JSON — except lines that each start with "{", which may be JSON lines.
 */
export function readProbe(fileName: string, content: string | Uint8Array): ParseResult<FileProbe> {
  const decoded = decodeInput(content);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  if (text.trim() === '') return fail('The file is empty: there is nothing to import.', 'file');
  const extension = extensionOf(fileName);
  const probe: FileProbe = { fileName, extension, text };
  if (!isJsonCandidate(extension, text)) return succeed(probe);
  const json = parseJsonText(text);
  if (json.ok) return succeed({ ...probe, json: json.value });
  return firstNonSpace(text) === '{' && looksLikeJsonl(text) ? succeed(probe) : json;
}
