import { isPlanned } from './import-file';
import { readProbe } from './registry/probe';
import { claimKind } from './registry/registry';
import { whyUnrecognised } from './registry/unrecognised';
import { succeed, type ParseResult } from './result';

/**
 * The registry's detection in the shape the corpus reader reads: a file no kind claims is
 * `unknown` with the reason, instead of an error. The import worker calls `detectKind`.
 */

export interface DetectedFile {
  /** A kind's id (registry.ts), or 'unknown'. */
  format: string;
  reason: string;
  /** The decoded text (BOM stripped). */
  text: string;
  /** The parsed JSON for JSON kinds (so it is parsed only once). */
  json?: unknown;
}

export function detectFormat(
  fileName: string,
  content: string | Uint8Array,
): ParseResult<DetectedFile> {
  const read = readProbe(fileName, content);
  if (!read.ok) return read;
  const probe = read.value;
  const claim = claimKind(probe, (kind) => isPlanned(kind.id));
  const { format, reason } = claim
    ? { format: claim.kind.id, reason: claim.reason }
    : { format: 'unknown', reason: whyUnrecognised(probe) };
  return succeed({
    format,
    reason,
    text: probe.text,
    ...(probe.json !== undefined ? { json: probe.json } : {}),
  });
}
