// `npm run bench`: builds the app and the harness, serves both from one origin, drives headless
// Chromium through every measurement and prints one table of ratios, also written to
// bench/results.json and bench/results.md. `--smoke` runs tiny sizes (part of `npm test`):
// it checks that every measurement still runs and does its work, and judges no budget.
// `--only reader,import` runs some measurements; `--skip-build` reuses dist/ and bench/.build.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measureBundle } from './driver/bundle-size.mjs';
import { buildRows, toMarkdown } from './driver/report.mjs';
import {
  agreementScenario,
  classroomScenario,
  htmlFileScenario,
  importScenario,
  largeArticleScenario,
  lexiconScenario,
  mapScenario,
  readerScenario,
  startupScenario,
  summaryScenario,
} from './driver/scenarios.mjs';
import { serve } from './driver/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const skipBuild = args.includes('--skip-build');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex === -1 ? null : new Set(args[onlyIndex + 1]?.split(','));
const wanted = (name) => !only || only.has(name);
// `--large-chars 50000`: open an article of that size instead of the largest allowed one (how
// the limit was chosen). It is one paragraph, as a paste without line breaks is (the hardest
// case); `--with-paragraphs` gives it ordinary paragraphs.
const largeCharsIndex = args.indexOf('--large-chars');
const largeChars = largeCharsIndex === -1 ? null : Number(args[largeCharsIndex + 1]);
const singleParagraph = !args.includes('--with-paragraphs');

const sizes = smoke
  ? {
      reader: { words: 600, annotations: 40 },
      lexicon: { megabytes: 1 },
      import: { articles: 2, annotationsPerArticle: 50 },
      summary: { articles: 40, annotationsPerArticle: 5 },
      startup: { articles: 20 },
      largeArticle: { chars: largeChars ?? 20_000, singleParagraph },
      htmlFile: { depth: 2_000, chars: 5_000 },
      classroom: { students: 3, articles: 2, perArticle: 10 },
      agreement: { annotators: 3, articles: 2, perArticle: 10 },
      map: { words: 600, annotators: 3, perAnnotator: 20, annotations: 40 },
    }
  : {
      reader: { words: 20_000, annotations: 2_000 },
      lexicon: { megabytes: 50 },
      import: { articles: 50, annotationsPerArticle: 2_000 },
      summary: { articles: 10_000, annotationsPerArticle: 20 },
      startup: { articles: 10_000 },
      // null: the largest article the app accepts (MAX_ARTICLE_CHARS).
      largeArticle: { chars: largeChars, singleParagraph },
      htmlFile: { depth: 200_000, chars: 100_000 },
      classroom: { students: 30, articles: 10, perArticle: 60 },
      agreement: { annotators: 30, articles: 10, perArticle: 60 },
      // The reader's article: 30 coders × 100 annotations against one annotator's 2,000.
      map: { words: 20_000, annotators: 30, perAnnotator: 100, annotations: 2_000 },
    };
const plan = smoke ? { warmups: 1, runs: 2 } : { warmups: 1, runs: 5 };
// Short measurements vary more from run to run (a page load, one frame): they get more runs.
const quickPlan = smoke ? plan : { warmups: 1, runs: 9 };

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed.`);
}

function check(condition, message) {
  if (!condition) throw new Error(`Benchmark check failed: ${message}`);
}

const log = (message) => console.log(`[bench] ${message}`);

function checkAgreement({ done }, { annotators, articles, perArticle }) {
  check(
    done.annotators === annotators,
    `agreement over ${done.annotators} of ${annotators} annotators`,
  );
  const pairs = (annotators * (annotators - 1)) / 2;
  check(done.pairs === pairs, `agreement gave ${done.pairs} of ${pairs} pairs`);
  check(
    done.codedPairs === annotators * articles,
    `agreement counted ${done.codedPairs} of ${annotators * articles} coded pairs`,
  );
  const rows = annotators * articles * perArticle;
  check(done.rows === rows, `the table read gave ${done.rows} of ${rows} annotations`);
}

async function main() {
  const ensured = spawnSync('node', ['tests/e2e/ensure-chromium.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (ensured.status !== 0) process.exit(ensured.status ?? 1);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!skipBuild) {
    log('building the app (dist/) and the harness (bench/.build/)');
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
    run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  }
  const server = await serve({ appDir: `${root}dist`, harnessDir: `${root}bench/.build` });
  const browser = await chromium.launch({
    executablePath,
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
  const browserVersion = browser.version();
  const results = { sizes };
  try {
    if (wanted('bundle')) results.bundle = measureBundle(`${root}dist`);
    if (wanted('reader')) {
      log('reader');
      results.reader = await readerScenario(browser, server.origin, sizes.reader, quickPlan);
      check(
        results.reader.painted.ours === sizes.reader.annotations,
        `FrameLens painted ${results.reader.painted.ours} of ${sizes.reader.annotations} annotations`,
      );
      check(results.reader.painted.theirs > 0, 'recogito painted no highlight');
      check(
        results.reader.keyToPaint.every((value) => value > 0),
        'a label key press was not painted',
      );
    }
    if (wanted('lexicon')) {
      log('lexicon scan');
      results.lexicon = await lexiconScenario(browser, server.origin, sizes.lexicon, plan);
      check(
        results.lexicon.matches.ours > results.lexicon.matches.theirs,
        'lexicon found too little',
      );
    }
    if (wanted('import')) {
      log('import');
      results.importing = await importScenario(browser, server.origin, sizes.import, plan);
      const expected = sizes.import.articles * sizes.import.annotationsPerArticle;
      check(
        results.importing.stored.ours === expected,
        `app import stored ${results.importing.stored.ours} of ${expected}`,
      );
      check(
        results.importing.stored.theirs === expected,
        `bulkPut stored ${results.importing.stored.theirs} of ${expected}`,
      );
    }
    if (wanted('summary')) {
      log('summary');
      results.summary = await summaryScenario(browser, server.origin, sizes.summary, plan);
      const expected = sizes.summary.articles * sizes.summary.annotationsPerArticle;
      check(
        results.summary.counted.ours === expected,
        `summary counted ${results.summary.counted.ours} of ${expected}`,
      );
      check(
        results.summary.counted.theirs === expected,
        `table read ${results.summary.counted.theirs} of ${expected}`,
      );
    }
    if (wanted('startup')) {
      log('startup');
      results.startup = await startupScenario(browser, server.origin, sizes.startup, quickPlan);
      check(
        results.startup.shown.large > 0 && results.startup.shown.sample > 0,
        'the library showed no article',
      );
    }
    if (wanted('largeArticle')) {
      log('largest allowed article in the reader');
      results.largeArticle = await largeArticleScenario(
        browser,
        server.origin,
        sizes.largeArticle,
        plan,
      );
      check(
        results.largeArticle.painted === results.largeArticle.seeded.annotations,
        `the reader painted ${results.largeArticle.painted} of ${results.largeArticle.seeded.annotations} annotations`,
      );
      check(results.largeArticle.paragraphs > 0, 'the reader showed no paragraph');
    }
    if (wanted('htmlFile')) {
      log('deeply nested HTML article file');
      results.htmlFile = await htmlFileScenario(browser, server.origin, sizes.htmlFile, plan);
      check(results.htmlFile.drafts === 1, `the HTML file gave ${results.htmlFile.drafts} drafts`);
    }
    if (wanted('classroom')) {
      log('classroom: a class of hand-ins opened at once and scored');
      results.classroom = await classroomScenario(browser, server.origin, sizes.classroom, plan);
      const { students, articles, perArticle } = sizes.classroom;
      const expected = students * articles * perArticle;
      const { done } = results.classroom;
      check(done.written === expected, `the hand-ins wrote ${done.written} of ${expected}`);
      check(done.scored === students, `scored ${done.scored} of ${students} students`);
      check(done.imported === expected, `the one file wrote ${done.imported} of ${expected}`);
      log(`classroom stages (ms, each run): ${JSON.stringify(results.classroom.stages)}`);
    }
    if (wanted('agreement')) {
      log('agreement: every measure in the worker');
      results.agreement = await agreementScenario(browser, server.origin, sizes.agreement, plan);
      checkAgreement(results.agreement, sizes.agreement);
    }
    if (wanted('map')) {
      log('disagreement map in the reader');
      results.map = await mapScenario(browser, server.origin, sizes.map, quickPlan);
      const { painted } = results.map;
      check(painted.mapRanges > 0, 'the disagreement map painted no highlight');
      check(
        painted.labels >= sizes.map.perAnnotator,
        `the map's reader painted ${painted.labels} of ${sizes.map.perAnnotator} own annotations`,
      );
      check(
        painted.singleLabels >= sizes.map.annotations,
        `the reader painted ${painted.singleLabels} of ${sizes.map.annotations} annotations`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const environment = {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    browser: browserVersion,
    smoke,
    warmups: plan.warmups,
    runs: plan.runs,
  };
  const rows = buildRows(results);
  const markdown = toMarkdown(rows, environment);
  console.log(`\n${markdown}`);
  if (!smoke && !only) {
    writeFileSync(
      `${root}bench/results.json`,
      `${JSON.stringify({ environment, rows, results }, null, 2)}\n`,
    );
    writeFileSync(`${root}bench/results.md`, markdown);
    log('written to bench/results.json and bench/results.md');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
