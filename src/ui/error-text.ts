import { thrownMessage } from '../domain/thrown-message';

/**
 * What a person reads when something failed. A full disk is named in plain words with what to
 * do, rather than as the browser's exception text.
 */
export const STORAGE_FULL_MESSAGE =
  "Your browser's storage for this site is full, so nothing more can be saved. Free space (delete articles you no longer need, or clear other sites' data in the browser's settings) or download a backup, then try again.";

/**
 * A QuotaExceededError as the browser throws it, wrapped by Dexie (an AbortError or
 * BulkError whose `inner` or message names it) or copied across a worker boundary (name and
 * message only).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { name, message, inner } = current as {
      name?: unknown;
      message?: unknown;
      inner?: unknown;
    };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    current = inner;
  }
  return false;
}

/** The text to show for a failure: the plain storage-full message, else the error's message. */
export function errorText(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  return thrownMessage(error);
}
