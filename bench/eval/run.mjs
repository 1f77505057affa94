// `npm run eval`: measures the reader's suggestions against the development set's gold.
// Builds the app, serves dist/, and for each topic drives Chromium in a fresh profile: the
// topic's actors into the codebook, its articles through Import & export, then in each article
// "Accept all", and the stored annotations scored against the gold. It measures; it asserts
// nothing (exit 0 whatever the numbers; non-zero only when it cannot run).
// Options: --set dev|holdout|seeds|all, --topic <id>, --details, --out <results.json>,
// --root <folder of the development set>, --skip-build (reuse dist/).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../driver/static-server.mjs';
import {
  acceptAll,
  importArticles,
  openFreshApp,
  setActors,
  storedArticles,
} from './app-driver.mjs';
import { readSeedGold, readTopics } from './dev-set.mjs';
import { articleDetails, markdownTable, textTable } from './report.mjs';
import { addCounts, emptyCounts, rates, scoreArticle } from './score.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SETS = ['dev', 'holdout', 'seeds'];

function parseArgs(args) {
  const value = (flag, fallback) => {
    const index = args.indexOf(flag);
    if (index === -1) return fallback;
    const given = args[index + 1];
    if (!given || given.startsWith('--')) throw new Error(`${flag} needs a value`);
    return given;
  };
  const set = value('--set', 'all');
  if (set !== 'all' && !SETS.includes(set)) {
    throw new Error(`--set must be dev, holdout, seeds or all (got "${set}")`);
  }
  return {
    sets: set === 'all' ? SETS : [set],
    topic: value('--topic', null),
    details: args.includes('--details'),
    skipBuild: args.includes('--skip-build'),
    setRoot: resolve(root, value('--root', 'tests/fixtures/eval')),
    out: resolve(root, value('--out', 'bench/eval/results.json')),
  };
}

const log = (message) => console.log(`[eval] ${message}`);

function titleIndex(stored, wanted, where) {
  return wanted.map((article) => {
    const matches = stored.filter((candidate) => candidate.title === article.title);
    if (matches.length !== 1) {
      throw new Error(`${where}: ${matches.length} stored articles titled "${article.title}"`);
    }
    return { ...article, stored: matches[0] };
  });
}

async function scoreInApp(page, origin, articles, where) {
  const results = [];
  for (const article of titleIndex(await storedArticles(page), articles, where)) {
    const { stored: accepted } = await acceptAll(page, origin, article.stored.id).catch(
      async (error) => {
        await page.screenshot({ path: '/tmp/eval-failure.png' }).catch(() => {});
        throw new Error(`${where}, "${article.title}": ${error.message}`);
      },
    );
    const scored = scoreArticle({
      text: article.stored.text,
      gold: article.gold,
      hardNegatives: article.hardNegatives,
      suggested: accepted.map(({ start, end, labelId, voice, target }) => ({
        start,
        end,
        labelId,
        voice,
        target: target ?? null,
      })),
    });
    results.push({ slug: article.slug, title: article.title, text: article.stored.text, scored });
  }
  return results;
}

async function runTopic(browser, origin, topic) {
  const session = await openFreshApp(browser, origin);
  try {
    await setActors(session.page, topic.actors);
    await importArticles(session.page, origin, topic.id, topic.articles);
    const articles = await scoreInApp(session.page, origin, topic.articles, topic.id);
    if (session.problems.length) log(`${topic.id}: page errors: ${session.problems.join('; ')}`);
    return { set: topic.set, id: topic.id, name: topic.name, articles };
  } finally {
    await session.context.close();
  }
}

async function runSeeds(browser, origin, seedGold) {
  const session = await openFreshApp(browser, origin);
  try {
    const articles = await scoreInApp(session.page, origin, seedGold, 'seeds');
    return { set: 'seeds', id: 'seeds', name: 'The five seed articles', articles };
  } finally {
    await session.context.close();
  }
}

function gather(options) {
  const topics = [];
  for (const set of options.sets.filter((name) => name !== 'seeds')) {
    topics.push(...readTopics(options.setRoot, set));
  }
  const chosen = options.topic ? topics.filter((topic) => topic.id === options.topic) : topics;
  const wantSeeds = options.sets.includes('seeds') && (!options.topic || options.topic === 'seeds');
  const seedGold = wantSeeds ? readSeedGold(options.setRoot, join(root, 'seeds')) : [];
  if (!chosen.length && !seedGold.length) {
    throw new Error(
      `No gold found under ${options.setRoot} for --set ${options.sets.join(',')}` +
        (options.topic ? ` --topic ${options.topic}` : ''),
    );
  }
  return { topics: chosen, seedGold };
}

function summarise(runs) {
  const topicCounts = (run) =>
    run.articles.reduce((sum, a) => addCounts(sum, a.scored.counts), emptyCounts());
  const perTopic = runs.map((run) => ({
    set: run.set,
    name: `${run.set}/${run.id}`,
    counts: topicCounts(run),
  }));
  const perSet = SETS.filter((set) => runs.some((run) => run.set === set)).map((set) => ({
    name: `${set} (all)`,
    counts: perTopic
      .filter((t) => t.set === set)
      .reduce((sum, t) => addCounts(sum, t.counts), emptyCounts()),
  }));
  const overall = {
    name: 'overall',
    counts: perTopic.reduce((sum, t) => addCounts(sum, t.counts), emptyCounts()),
  };
  return { perTopic, perSet, overall };
}

function printDetails(runs) {
  for (const run of runs) {
    if (run.set === 'holdout') {
      console.log(`\n${run.set}/${run.id}: details withheld (held-out topic)`);
      continue;
    }
    console.log(`\n${run.set}/${run.id}`);
    for (const article of run.articles) {
      console.log(articleDetails(article.title, article.text, article.scored));
    }
  }
}

function commitOf() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function writeResults(out, summary) {
  const scopes = [...summary.perTopic, ...summary.perSet, summary.overall];
  const meta = { timestamp: new Date().toISOString(), commit: commitOf() };
  const json = {
    ...meta,
    note: 'Codebook actors were written into IndexedDB; articles added through Import & export (corpus CSV).',
    scopes: scopes.map(({ name, counts }) => ({ name, counts, rates: rates(counts) })),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  const md = out.replace(/\.json$/, '') + '.md';
  writeFileSync(
    md,
    `# Suggestions against the development set\n\n${meta.timestamp}, commit ${meta.commit}.\n\n${markdownTable(scopes)}\n`,
  );
  return md;
}

function ensureChromium() {
  const ensured = spawnSync('node', ['tests/e2e/ensure-chromium.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (ensured.status !== 0) throw new Error('Chromium is needed (see the message above).');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { topics, seedGold } = gather(options);
  ensureChromium();
  if (!options.skipBuild) {
    log('building the app (dist/)');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('vite build failed.');
  }
  const server = await serve({ appDir: join(root, 'dist'), harnessDir: join(root, 'dist') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  log(
    'codebook actors: written into IndexedDB; articles: Import & export → Article files (corpus CSV)',
  );
  const runs = [];
  try {
    for (const topic of topics) {
      log(`${topic.set}/${topic.id}: ${topic.articles.length} articles`);
      runs.push(await runTopic(browser, server.origin, topic));
    }
    if (seedGold.length) {
      log(`seeds: ${seedGold.length} articles`);
      runs.push(await runSeeds(browser, server.origin, seedGold));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = summarise(runs);
  console.log(`\n${textTable([...summary.perTopic, ...summary.perSet, summary.overall])}`);
  if (options.details) printDetails(runs);
  const md = writeResults(options.out, summary);
  log(`wrote ${options.out} and ${md}`);
}

main().catch((error) => {
  console.error(`[eval] ${error.message}`);
  process.exit(1);
});
