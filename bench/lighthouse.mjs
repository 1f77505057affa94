// `node bench/lighthouse.mjs`: Lighthouse's accessibility score for the library, the reader and
// the summary of the production build, each page loaded with the sample corpus (and, for the
// summary's charts, the sample annotation file imported). Prints each score and every audit
// that did not pass; exits non-zero unless every page scores 100.
// `--skip-build` reuses dist/; `--desktop` audits at desktop size (the default is Lighthouse's
// own default, a phone).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { serve } from './driver/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE_EXPORT = join(root, 'tests', 'fixtures', 'exchange', 'sample.framelens.json');
const firstSeed = JSON.parse(readFileSync(join(root, 'seeds', 'seeds.json'), 'utf8')).articles[0];

const log = (message) => console.log(`[lighthouse] ${message}`);

function build() {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed.');
}

/**
 * Loads the app once in the profile Lighthouse will use, so that it seeds itself, and imports
 * the sample annotations. Returns the reader's address (hash route) of the first seed article.
 */
async function prepare(port, origin) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/#/`);
    const link = await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll('a[href^="#/articles/"]')].find((a) =>
          a.textContent.includes(title),
        ),
      { timeout: 60_000 },
      firstSeed.title,
    );
    const readerHash = await link.evaluate((anchor) => anchor.getAttribute('href'));
    await page.goto(`${origin}/#/exchange`);
    const input = await page.waitForFunction(
      () =>
        [...document.querySelectorAll('input[type="file"]')].find((field) =>
          [...field.labels].some((label) => label.textContent.includes('Annotation file')),
        ),
      { timeout: 30_000 },
    );
    await input.uploadFile(SAMPLE_EXPORT);
    await page.waitForSelector('[data-testid="import-preview"]', { timeout: 30_000 });
    await (await page.waitForSelector('::-p-aria(Import[role="button"])')).click();
    await page.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
    await page.close();
    return readerHash;
  } finally {
    await browser.disconnect();
  }
}

/** Audits that count towards the score and did not pass, with the elements each names. */
function failures(result) {
  const category = result.categories.accessibility;
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = audit.details?.items ?? [];
      const nodes = items.map((item) => `    - ${item.node?.selector ?? JSON.stringify(item)}`);
      return [`  ${audit.id}: ${audit.title}`, ...nodes].join('\n');
    });
}

async function audit(name, url, port) {
  const flags = {
    port,
    onlyCategories: ['accessibility'],
    // The profile holds the seeded library; clearing it would audit an empty first start.
    disableStorageReset: true,
    logLevel: 'error',
    output: 'json',
  };
  const config = args.includes('--desktop') ? desktopConfig : undefined;
  const runnerResult = await lighthouse(url, flags, config);
  if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`);
  const result = runnerResult.lhr;
  if (result.runtimeError) throw new Error(`${name}: ${result.runtimeError.message}`);
  const score = Math.round((result.categories.accessibility.score ?? 0) * 100);
  const failed = failures(result);
  log(`${name}: accessibility ${score}`);
  for (const line of failed) console.log(line);
  return score;
}

async function main() {
  if (!args.includes('--skip-build')) build();
  const server = await serve({ appDir: join(root, 'dist'), harnessDir: join(root, 'dist') });
  const userDataDir = mkdtempSync(join(tmpdir(), 'framelens-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    userDataDir,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const readerHash = await prepare(chrome.port, server.origin);
    const pages = [
      ['library', `${server.origin}/#/`],
      ['reader', `${server.origin}/${readerHash}`],
      ['summary', `${server.origin}/#/summary`],
    ];
    const scores = [];
    for (const [name, url] of pages) scores.push(await audit(name, url, chrome.port));
    if (scores.some((score) => score < 100)) process.exitCode = 1;
  } finally {
    chrome.kill();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
