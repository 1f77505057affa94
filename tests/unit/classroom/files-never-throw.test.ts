import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClassroomFile } from '../../../src/domain/classroom/classroom-file-text';
import { parseAssignmentFile } from '../../../src/domain/classroom/parse-assignment-file';
import { parseFeedbackFile } from '../../../src/domain/classroom/parse-feedback-file';
import { parseSubmissionFile } from '../../../src/domain/classroom/parse-submission-file';
import { readFixture } from './files-sample-data';

const PARSERS = [parseAssignmentFile, parseSubmissionFile, parseFeedbackFile, parseClassroomFile];
const KINDS = ['assignment', 'submission', 'feedback'] as const;

/** Each parser answers with a result (never throws), and a refusal always has a message. */
function answers(value: unknown): void {
  for (const parse of PARSERS) {
    const result = parse(value);
    if (!result.ok) expect(result.error.message).not.toBe('');
  }
}

/** A copy of `json` with the value at a path of its keys replaced. */
function replaced(json: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0 || typeof json !== 'object' || json === null) return value;
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(json)
    ? { ...json }
    : { ...(json as Record<string, unknown>) };
  copy[key] = replaced(copy[key], rest, value);
  return Array.isArray(json) ? Object.values(copy) : copy;
}

/** Every path of keys into a JSON value (objects and lists). */
function pathsOf(json: unknown, prefix: string[] = []): string[][] {
  if (typeof json !== 'object' || json === null) return [prefix];
  return [
    prefix,
    ...Object.entries(json).flatMap(([key, value]) => pathsOf(value, [...prefix, key])),
  ];
}

describe('the classroom parsers never throw', () => {
  it('on arbitrary JSON, with or without a classroom "format"', () => {
    const format = fc.constantFrom(
      'framelens-assignment',
      'framelens-submission',
      'framelens-feedback',
    );
    fc.assert(
      fc.property(fc.jsonValue(), format, fc.jsonValue(), (value, kind, version) => {
        answers(value);
        answers({ format: kind, version: 1, ...(value as object) });
        answers({ format: kind, version, articles: value, annotations: value });
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('on the example files with any one value replaced by arbitrary JSON', () => {
    const cases = KINDS.map((kind) => ({
      json: readFixture(kind),
      paths: pathsOf(readFixture(kind)),
    }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        fc.jsonValue(),
        (which, pick, value) => {
          const { json, paths } = cases[which]!;
          answers(replaced(json, paths[pick % paths.length]!, value));
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
