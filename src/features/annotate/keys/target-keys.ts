import type { Actor } from '../../../domain/types';

/** The keys that pick an actor after T, in codebook order: 1–9, then the letters. */
const ACTOR_KEYS = '123456789abcdefghijklmnopqrstuvwxyz';

/** The key of the codebook's `index`-th actor (0-based), or null past the 35th. */
export function targetKey(index: number): string | null {
  return ACTOR_KEYS.charAt(index) || null;
}

/**
 * What the key pressed after T means: `clear` (0 or Backspace: no particular actor), an actor's
 * id, or null for a key that names no actor (the choice is then abandoned).
 */
export function targetForKey(actors: readonly Actor[], key: string): string | 'clear' | null {
  if (key === '0' || key === 'Backspace') return 'clear';
  if (key.length !== 1) return null;
  const index = ACTOR_KEYS.indexOf(key.toLowerCase());
  return index === -1 ? null : (actors[index]?.id ?? null);
}

/** "1–7" for seven actors, "1–9, a–c" for twelve: the hint shown while T waits for a key. */
export function targetKeyRange(count: number): string {
  if (count === 0) return '';
  const last = targetKey(Math.min(count, ACTOR_KEYS.length) - 1) ?? '';
  if (count <= 9) return count === 1 ? '1' : `1–${last}`;
  return count === 10 ? '1–9, a' : `1–9, a–${last}`;
}
