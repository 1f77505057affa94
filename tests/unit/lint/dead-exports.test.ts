import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(resolve(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|js|mjs)$/.test(name))
    .map((name) => join(folder, name));
}

const declaration =
  /^export\s+(?:async\s+)?(?:function\*?|const|let|class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/gm;

function occurrences(text: string, name: string): number {
  return (
    text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0
  );
}

describe('dead code in src', () => {
  it('every exported declaration is used somewhere: in its own file, elsewhere in src, or by tests', () => {
    const texts = new Map(
      [...sourceFiles('src'), ...sourceFiles('tests'), ...sourceFiles('bench')].map((file) => [
        file,
        readFileSync(resolve(root, file), 'utf8'),
      ]),
    );
    const unused: string[] = [];
    for (const [file, text] of texts) {
      if (!file.startsWith('src')) continue;
      for (const [, name] of text.matchAll(declaration)) {
        if (!name || occurrences(text, name) > 1) continue;
        const usedElsewhere = [...texts].some(
          ([other, otherText]) => other !== file && occurrences(otherText, name) > 0,
        );
        if (!usedElsewhere) unused.push(`${file}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
