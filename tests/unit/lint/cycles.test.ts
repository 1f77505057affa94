import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const config = resolve(import.meta.dirname, '../../../eslint.config.js');
// A throwaway project laid out like this one, linted with the repository's config.
const project = mkdtempSync(join(tmpdir(), 'framelens-lint-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
}

describe('import cycles (eslint.config.js)', () => {
  it('two modules of src that import each other are an error', async () => {
    write(
      'src/domain/first.ts',
      "import { second } from './second';\nexport const first = () => second;\n",
    );
    write(
      'src/domain/second.ts',
      "import { first } from './first';\nexport const second = () => first;\n",
    );
    write(
      'src/domain/third.ts',
      "import { second } from './second';\nexport const third = () => second;\n",
    );
    const eslint = new ESLint({ cwd: project, overrideConfigFile: config });
    const results = await eslint.lintFiles(['src/domain/first.ts', 'src/domain/third.ts']);
    const cycles = results.map(
      (result) =>
        result.messages.filter((message) => message.ruleId === 'import-x/no-cycle').length,
    );
    // first.ts is in the cycle; third.ts only imports into it.
    expect(cycles).toEqual([1, 0]);
  }, 60_000);
});
