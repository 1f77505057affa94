import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** Lints a fixture as if it were the file at `pretendPath` (relative to the repository). */
async function lintAs(fixture: string, pretendPath: string) {
  const code = readFileSync(resolve(root, 'tests/fixtures/lint', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: resolve(root, pretendPath) });
  return result?.messages ?? [];
}

function boundaryErrors(messages: ESLint.LintResult['messages']) {
  return messages.filter((message) => message.ruleId === 'import-x/no-restricted-paths');
}

// Loading the TypeScript parser and resolving imports takes seconds on a busy machine.
const slow = 60_000;

describe('architecture boundaries (eslint.config.js)', () => {
  it(
    'a feature sub-folder importing another feature by a relative path is an error',
    async () => {
      const messages = await lintAs(
        'cross-feature-from-subfolder.ts.txt',
        'src/features/exchange/import/fixture.ts',
      );
      const errors = boundaryErrors(messages);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain('../../summary/empty-state');
      expect(errors[0]?.message).toContain('exchange');
    },
    slow,
  );

  it(
    'a relative import between folders of the same feature is allowed',
    async () => {
      const messages = await lintAs(
        'same-feature-relative.ts.txt',
        'src/features/exchange/import/fixture.ts',
      );
      expect(messages).toEqual([]);
    },
    slow,
  );

  it(
    'src/db importing a feature is an error',
    async () => {
      const messages = await lintAs('db-imports-feature.ts.txt', 'src/db/repositories/fixture.ts');
      const errors = boundaryErrors(messages);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain('../../features/library/library-page');
    },
    slow,
  );

  it(
    'src/ui importing a feature is an error',
    async () => {
      const messages = await lintAs('ui-imports-feature.ts.txt', 'src/ui/fixture.ts');
      expect(boundaryErrors(messages)).toHaveLength(1);
    },
    slow,
  );

  it(
    'src/domain importing src/db is an error',
    async () => {
      const messages = await lintAs('domain-imports-db.ts.txt', 'src/domain/text/fixture.ts');
      expect(boundaryErrors(messages)).toHaveLength(1);
    },
    slow,
  );
});
