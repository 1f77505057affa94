import {
  ARTICLE_HTML_EXTENSIONS,
  ARTICLE_TEXT_EXTENSIONS,
} from '../../domain/exchange/kinds/corpus-article';
import { decodeInput, parseJsonText } from '../../domain/exchange/read-input';
import type { ParseResult } from '../../domain/exchange/result';
import type { FileProbe } from '../../domain/exchange/registry/file-kind';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

function firstNonSpace(text: string): string {
  return /\S/.exec(text)?.[0] ?? '';
}

/**
 * Bytes → probe: decoded (size and UTF-8 checked, BOM stripped) and, when it looks like JSON,
 * parsed once for every detector. Broken JSON leaves `json` unset: the kinds then say why.
 */
export function readProbe(fileName: string, bytes: Uint8Array): ParseResult<FileProbe> {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const extension = extensionOf(fileName);
  const probe: FileProbe = { fileName, extension, text };
  const articleText = [...ARTICLE_TEXT_EXTENSIONS, ...ARTICLE_HTML_EXTENSIONS].includes(extension);
  const first = firstNonSpace(text);
  if (!articleText && (extension === 'json' || first === '{' || first === '[')) {
    const json = parseJsonText(text);
    if (json.ok) probe.json = json.value;
  }
  return { ok: true, value: probe, warnings: [] };
}
