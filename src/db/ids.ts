import { uuidv7 } from 'uuidv7';

/** Time-ordered UUIDv7: unique across machines without coordination. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
