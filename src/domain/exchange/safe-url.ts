import { safeHttpUrl } from '../urls';
import { describeValue } from './result';

/** Whether a link may be kept: absolute http(s) only (no javascript:, data:, file: …). */
export function isSafeHttpUrl(raw: string): boolean {
  return safeHttpUrl(raw) !== null;
}

/**
 * The link as given when it is http(s) (kept byte for byte so round trips are exact), else
 * null with a warning naming the record. Empty means "no link" and is not warned about.
 */
export function keepSafeUrl(
  raw: string | null | undefined,
  where: string,
  warnings: string[],
): string | null {
  if (raw === null || raw === undefined) return null;
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (isSafeHttpUrl(trimmed)) return trimmed;
  warnings.push(
    `${where}: dropped the link ${describeValue(raw)} (only http and https links are kept)`,
  );
  return null;
}
