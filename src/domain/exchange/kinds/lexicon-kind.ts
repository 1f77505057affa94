import {
  LEXICON_FILE_FORMAT,
  parseLexiconFile,
  serializeLexiconFile,
} from '../../lexicon/lexicon-file';
import type { LexiconEntry } from '../../types';
import { isJsonObject } from '../read-input';
import { fail, succeed } from '../result';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';

export interface LexiconContext {
  /** The codebook's label ids: every entry must use one. */
  labelIds: readonly string[];
}

/** A lexicon file (`{"format":"framelens-lexicon","version":1,"entries":[…]}`). */
export const lexiconKind: FileKind<LexiconEntry[], LexiconContext, readonly LexiconEntry[]> = {
  ...KIND_INFO['lexicon'],
  detect(probe) {
    if (!isJsonObject(probe.json) || probe.json.format !== LEXICON_FILE_FORMAT) return null;
    return { reason: `"format" is "${LEXICON_FILE_FORMAT}"`, confidence: 1 };
  },
  parse(probe, context) {
    const parsed = parseLexiconFile(probe.text, context.labelIds);
    return parsed.ok ? succeed(parsed.entries) : fail(parsed.error);
  },
  serialize: serializeLexiconFile,
};
