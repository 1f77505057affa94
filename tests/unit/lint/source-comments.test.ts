import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('comments in the code', () => {
  it('cite no design document that is not in the repository', () => {
    const citing = ['src', 'tests', 'bench'].flatMap((folder) =>
      readdirSync(resolve(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(ts|tsx|js|mjs)$/.test(name))
        .map((name) => join(folder, name))
        .filter((file) => /DESIGN\.md/.test(readFileSync(resolve(root, file), 'utf8'))),
    );
    expect(citing).toEqual([]);
  });
});
