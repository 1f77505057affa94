import type { z } from '../validation/zod';

/**
 * What every exchange parser returns. Parsers never throw on user data: a problem that stops
 * the import is an error whose message says what is wrong and where; a problem that only
 * changes what is imported (a dropped link, a collapsed duplicate) is a warning.
 */
export interface ParseError {
  /** Human-readable, names the place: `annotations[3].end (120) is before start (140)`. */
  message: string;
  /** Machine-readable location, e.g. `annotations[3].end`, `line 4`, `row 7`, `byte 12`. */
  path?: string;
}

export type ParseResult<T> =
  { ok: true; value: T; warnings: string[] } | { ok: false; error: ParseError };

export function succeed<T>(value: T, warnings: string[] = []): ParseResult<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(message: string, path?: string): ParseResult<T> {
  return path === undefined
    ? { ok: false, error: { message } }
    : { ok: false, error: { message, path } };
}

/** `['annotations', 3, 'end']` → `annotations[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** A short, safe rendering of a user value for messages (strings quoted and cut). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/**
 * Turns the first zod issue into one sentence: `annotations[3].valence must be an integer
 * from -2 to 2 (got 5)`. Needs the issues of a `safeParse(value, { reportInput: true })`.
 */
export function describeZodError(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): ParseError {
  const [first] = error.issues;
  if (!first) return { message: 'The data is not valid.' };
  const path = formatPath([...prefix, ...first.path]);
  const missing = first.code === 'invalid_type' && first.input === undefined;
  const detail = missing ? 'is missing' : first.message;
  const got = missing || !('input' in first) ? '' : ` (got ${describeValue(first.input)})`;
  const more = error.issues.length - 1;
  const tail = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
  const where = path === '' ? 'The file' : path;
  return { message: `${where} ${detail}${got}${tail}`, path };
}

/**
 * The first zod issue of one record whose place is already written out (`first.items[2]`,
 * `tasks[0].annotations[1]`): `first.items[2].created must be an ISO 8601 timestamp (got "x")`.
 * One sentence per record, as the record-by-record checks report. Needs `reportInput: true`.
 */
export function describeIssueAt(at: string, error: z.ZodError): ParseError {
  const [first] = error.issues;
  if (!first) return { message: `${at} is not valid`, path: at };
  const field = formatPath(first.path);
  const path = field === '' ? at : field.startsWith('[') ? `${at}${field}` : `${at}.${field}`;
  const missing = first.code === 'invalid_type' && first.input === undefined;
  const detail = missing ? 'is missing' : first.message;
  const got = missing || !('input' in first) ? '' : ` (got ${describeValue(first.input)})`;
  return { message: `${path} ${detail}${got}`, path };
}
