/**
 * Deterministic ids for records that arrive without one (doccano spans, CSV corpus rows), so
 * that importing the same file twice yields the same ids and the merge sees "unchanged".
 */

/** 32-bit FNV-1a (fast, for hashing long texts into an id part). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function fnv1a32Seeded(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32), so nearby inputs differ in every part of the id.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const SEEDS = [0x811c9dc5, 0x050c5d1f, 0x9e3779b9, 0x7f4a7c15];

/**
 * A UUID-shaped id (version 8, "custom") derived from the parts, so it stays a valid
 * `urn:uuid:` in W3C exports. Not cryptographic: it only needs to be stable and well spread
 * (four independently seeded 32-bit hashes).
 */
export function stableId(parts: readonly string[]): string {
  const joined = parts.join('\u0000');
  const hex = SEEDS.map((seed) => fnv1a32Seeded(joined, seed).toString(16).padStart(8, '0'))
    .join('')
    .split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
