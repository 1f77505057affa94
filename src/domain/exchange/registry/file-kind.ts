import type { ParseResult } from '../result';
import type { KindInfo } from './kind-info';

export type { Intake } from './kind-info';

/**
 * One kind of file FrameLens opens or writes. Every kind is one module exporting one
 * `FileKind`, listed once in `registry.ts`: detection, the export menu, the import preview's
 * names and the import worker all read that list, so adding a kind touches its own file and
 * one registry line.
 */

/** A file after reading and decoding, before its kind is known. */
export interface FileProbe {
  fileName: string;
  /** Lower-case extension without the dot ('' when none). */
  extension: string;
  /** The decoded text (BOM stripped). */
  text: string;
  /** The parsed JSON when the text is JSON (parsed once, shared by every detector). */
  json?: unknown;
}

export interface Detection {
  /** Why this kind was chosen, shown in the preview ("\"format\" is \"framelens\""). */
  reason: string;
  /** When several kinds claim a file, the highest wins (1 = structure proves it, 0.5 = extension only). */
  confidence: number;
}

/**
 * The metadata (id, name, extension, mime, intake, export texts) comes from `kind-info.ts`, which
 * the page reads without loading any parser or serialiser.
 */
export interface FileKind<Parsed = unknown, Context = unknown, Output = unknown> extends KindInfo {
  /** Null when the file is not of this kind. Never throws. */
  detect(probe: FileProbe): Detection | null;
  /** Validates and converts; never throws on user data. */
  parse(probe: FileProbe, context: Context): ParseResult<Parsed>;
  /** Present for kinds FrameLens can write (method syntax, so any kind fits the one list). */
  serialize?(output: Output): string;
}
