// Initial JavaScript: the entry script and every chunk index.html preloads, gzipped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function measureBundle(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = new Set();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) {
    initial.add(match[1]);
  }
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    initial.add(match[1]);
  }
  if (initial.size === 0) throw new Error('No entry script found in dist/index.html.');
  const gzipped = (file) => gzipSync(readFileSync(join(distDir, file))).length;
  const initialBytes = [...initial].reduce(
    (sum, src) => sum + gzipped(src.replace(/^\.?\//, '')),
    0,
  );
  const allScripts = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.js'));
  const allBytes = allScripts.reduce((sum, name) => sum + gzipped(join('assets', name)), 0);
  return { initialFiles: [...initial], initialBytes, allBytes, allFiles: allScripts.length };
}
