import {
  ARTICLE_HTML_EXTENSIONS,
  ARTICLE_TEXT_EXTENSIONS,
} from '../../domain/exchange/kinds/corpus-article';
import { decodeInput } from '../../domain/exchange/read-input';
import { fail, succeed, type ParseResult } from '../../domain/exchange/result';
import type { FileProbe } from '../../domain/exchange/registry/file-kind';
import { extensionOf, readProbe } from '../../domain/exchange/registry/probe';
import type { FileIntake } from './intake-protocol';

/**
 * Read and decode for the intake pipeline: the registry's probe, with two differences of the
 * places a person opens these files. A text or HTML file is an article whatever its first
 * character (never parsed as JSON). A backup or lexicon file the registry cannot read (empty,
 * broken JSON) goes on as plain text: its kind's parse says what is wrong in its own words.
 */
export function readIntakeProbe(
  intake: FileIntake,
  fileName: string,
  bytes: Uint8Array,
): ParseResult<FileProbe> {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return decoded;
  const plain: FileProbe = { fileName, extension: extensionOf(fileName), text: decoded.value };
  if (intake === 'corpus') {
    if (plain.text.trim() === '') return fail('The file is empty.', 'file');
    const article = [...ARTICLE_TEXT_EXTENSIONS, ...ARTICLE_HTML_EXTENSIONS];
    if (article.includes(plain.extension)) return succeed(plain);
  }
  const read = readProbe(fileName, plain.text);
  if (read.ok || intake === 'corpus') return read;
  return succeed(plain);
}
