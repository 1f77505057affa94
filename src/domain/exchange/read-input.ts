import { thrownMessage } from '../thrown-message';
import { stripBom } from '../text/normalize-text';
import { fail, succeed, type ParseResult } from './result';

/**
 * The guards every import passes before any parsing: size, encoding, nesting depth and JSON
 * syntax, each with a message that says where the problem is.
 */

/** Largest file FrameLens imports (UTF-8 bytes). A 100,000-annotation export is ~40 MB. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
/** Deepest JSON nesting accepted. Real exchange files nest about 8 levels. */
export const MAX_JSON_DEPTH = 100;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(bytes: number): ParseResult<never> {
  return fail(
    `The file is ${formatMegabytes(bytes)}; FrameLens imports files of at most ${formatMegabytes(MAX_IMPORT_BYTES)}. Split it into smaller exports.`,
    'size',
  );
}

/** UTF-8 length of a string, counted without allocating the encoded bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Index of the first byte that starts an ill-formed UTF-8 sequence (overlongs, surrogates and
 * code points above U+10FFFF included), or -1. TextDecoder's fatal mode says only *that* the
 * bytes are bad; this says where.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0;
      if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90;
      if (b0 === 0xf4) hi = 0x8f;
    } else return i;
    // A truncated or broken sequence is reported where it starts (its lead byte).
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (b < min || b > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Bytes or text → text: checks the size, rejects bytes that are not UTF-8 (naming the first bad
 * byte, counted from 1), strips a byte-order mark.
 */
export function decodeInput(content: string | Uint8Array): ParseResult<string> {
  if (typeof content !== 'string') {
    if (content.length > MAX_IMPORT_BYTES) return tooLarge(content.length);
    const bad = findInvalidUtf8(content);
    if (bad !== -1) {
      return fail(
        `The file is not UTF-8 text (byte ${bad + 1} is not valid UTF-8). Save it as UTF-8 and try again.`,
        `byte ${bad + 1}`,
      );
    }
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
    return succeed(stripBom(text));
  }
  // Every UTF-16 unit is at least one UTF-8 byte, so only long strings need counting.
  if (content.length > MAX_IMPORT_BYTES) return tooLarge(content.length);
  if (content.length > MAX_IMPORT_BYTES / 3) {
    const bytes = utf8ByteLength(content);
    if (bytes > MAX_IMPORT_BYTES) return tooLarge(bytes);
  }
  return succeed(stripBom(content));
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Scans brackets outside strings without recursion, so a file nested 10,000 levels deep is
 * refused before JSON.parse (or any recursive validator) sees it.
 */
export function checkJsonDepth(text: string, limit = MAX_JSON_DEPTH): ParseResult<true> {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string natively: find its closing quote, one not preceded by an odd run of
      // backslashes. Unterminated strings end the scan (JSON.parse reports them).
      let close = text.indexOf('"', i + 1);
      for (;;) {
        if (close === -1) return succeed(true);
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      i = close;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) {
        const { line, column } = lineColumnAt(text, i);
        return fail(
          `The JSON is nested too deeply (more than ${limit} levels) at character ${i + 1} (line ${line}, column ${column}).`,
          `character ${i + 1}`,
        );
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return succeed(true);
}

/** JSON.parse behind the depth guard, with syntax errors turned into line/column messages. */
export function parseJsonText(text: string): ParseResult<unknown> {
  if (text.trim() === '') return fail('The file is empty: there is nothing to import.', 'file');
  const depth = checkJsonDepth(text);
  if (!depth.ok) return depth;
  try {
    return succeed(JSON.parse(text) as unknown);
  } catch (error) {
    const raw = thrownMessage(error);
    if (/end of (json )?input|unterminated/i.test(raw)) {
      const { line, column } = lineColumnAt(text, text.length);
      return fail(
        `The file is not valid JSON: it ends unexpectedly at line ${line}, column ${column} (is it truncated?).`,
        `line ${line}`,
      );
    }
    const position = /position (\d+)/.exec(raw)?.[1];
    if (position !== undefined) {
      const { line, column } = lineColumnAt(text, Number(position));
      return fail(
        `The file is not valid JSON: unexpected text at line ${line}, column ${column}.`,
        `line ${line}`,
      );
    }
    return fail(`The file is not valid JSON (${raw}).`);
  }
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
