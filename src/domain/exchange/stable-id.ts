/**
 * Deterministic ids for records that arrive without one (doccano spans, CSV corpus rows), so
 * that importing the same file twice yields the same ids and the merge sees "unchanged".
 */

const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

function fnv1a64(text: string, seed: bigint): bigint {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash ^= BigInt(unit & 0xff);
    hash = (hash * FNV_PRIME) & MASK_64;
    hash ^= BigInt(unit >> 8);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

/** 32-bit FNV-1a (fast, for hashing long texts into an id part). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A UUID-shaped id (version 8, "custom") derived from the parts, so it stays a valid
 * `urn:uuid:` in W3C exports. Not cryptographic: it only needs to be stable and well spread.
 */
export function stableId(parts: readonly string[]): string {
  const joined = parts.join('\u0000');
  const a = fnv1a64(joined, 0xcbf29ce484222325n);
  const b = fnv1a64(joined, 0x84222325cbf29ce4n);
  const hex = (a.toString(16).padStart(16, '0') + b.toString(16).padStart(16, '0')).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
