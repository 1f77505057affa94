import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { repoRoot } from './sample-data';

/**
 * Loads the W3C Web Annotation model test suite (vendored in tests/fixtures/w3c-annotation-tests,
 * see its VENDORED.md) and runs its
 * assertions the way its README describes: every `must` assertion of a manifest must give its
 * expectedResult (`valid` unless it says `invalid`).
 */

export const SUITE_DIR = path.resolve(repoRoot, 'tests/fixtures/w3c-annotation-tests');

interface Assertion {
  file: string;
  expectValid: boolean;
  errorMessage: string;
  validate: ValidateFunction;
}

export interface W3cSuite {
  /** Failed `must` assertions (file: message) for one value under one manifest. */
  failures(manifest: string, value: unknown): string[];
  mustCount(manifest: string): number;
}

/** RFC 3986 character repertoire after a scheme (what ajv-formats' "uri" requires in effect). */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
/** RFC 3339 date-time. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function loadW3cSuite(): W3cSuite {
  if (!existsSync(SUITE_DIR)) {
    throw new Error(
      `The W3C Web Annotation test suite is missing: expected it at ${SUITE_DIR} (vendored in the repository). The W3C conformance test cannot run without it.`,
    );
  }
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', DATE_TIME);
  const definitions = path.join(SUITE_DIR, 'definitions');
  for (const file of readdirSync(definitions)) {
    if (file.endsWith('.json')) {
      ajv.addSchema(JSON.parse(readFileSync(path.join(definitions, file), 'utf8')) as object);
    }
  }
  const compiled = new Map<string, Assertion>();
  const manifests = new Map<string, Assertion[]>();

  function assertion(file: string): Assertion {
    const existing = compiled.get(file);
    if (existing) return existing;
    const schema = JSON.parse(readFileSync(path.join(SUITE_DIR, file), 'utf8')) as {
      assertionType?: string;
      expectedResult?: string;
      errorMessage?: string;
    };
    const created: Assertion = {
      file,
      expectValid: schema.expectedResult !== 'invalid',
      errorMessage: schema.errorMessage ?? file,
      validate: ajv.compile(schema),
    };
    if (schema.assertionType !== 'must') throw new Error(`${file} is not a MUST assertion`);
    compiled.set(file, created);
    return created;
  }

  function load(manifest: string): Assertion[] {
    const existing = manifests.get(manifest);
    if (existing) return existing;
    const { assertions } = JSON.parse(readFileSync(path.join(SUITE_DIR, manifest), 'utf8')) as {
      assertions: string[];
    };
    const list = assertions.map(assertion);
    manifests.set(manifest, list);
    return list;
  }

  return {
    mustCount: (manifest) => load(manifest).length,
    failures(manifest, value) {
      const failed: string[] = [];
      for (const item of load(manifest)) {
        const valid = item.validate(value) === true;
        if (valid !== item.expectValid) failed.push(`${item.file}: ${item.errorMessage}`);
      }
      return failed;
    },
  };
}

export function readSuiteSample(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(SUITE_DIR, relative), 'utf8')) as unknown;
}
