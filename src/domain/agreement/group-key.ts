const encoder = new TextEncoder();

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. Computed in four 16-bit
 * limbs so every step stays exact in plain numbers (no BigInt), the same on every engine.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    h0 ^= byte;
    // × prime 0x100000001b3 = 0x1b3 + 0x100 × 2^32, modulo 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/**
 * A curation group's key: its article and a hash of its members' annotation ids (sorted), so
 * the same members give the same key on any run and machine, and any change gives another.
 */
export function groupKey(articleId: string, annotationIds: readonly string[]): string {
  return `${articleId}:${fnv1a64([...annotationIds].sort().join('\u0000'))}`;
}
