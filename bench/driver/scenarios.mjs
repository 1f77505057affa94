// The measurements. Each returns { ours, theirs?, ... } as lists of per-run values plus checks
// that the work really happened (rows stored, highlights painted), which the smoke run asserts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProbes } from './page-probes.mjs';
import { repeat } from './stats.mjs';

const bench = (page, method, ...args) =>
  page.evaluate(([name, values]) => window.framelensBench[name](...values), [method, args]);

export async function openHarness(browser, origin) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
  return { context, page };
}

async function appContext(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(installProbes);
  return context;
}

const probes = (page) => page.evaluate(() => window.__probes);

async function waitForMark(page, name, timeout = 300_000) {
  await page.waitForFunction((mark) => window.__probes.marks[mark] !== undefined, name, {
    timeout,
    polling: 50,
  });
}

export async function readerScenario(browser, origin, size, plan) {
  const harness = await openHarness(browser, origin);
  const { context } = harness;
  let { page } = harness;
  const seeded = await bench(page, 'seedReader', size.words, size.annotations);
  const ours = [];
  const theirs = [];
  const firstScreen = [];
  const longestTask = [];
  const inView = [];
  const painted = { ours: 0, theirs: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await bench(page, 'openInFrameLens');
    const b = await bench(page, 'openInRecogito');
    painted.ours = a.painted;
    painted.theirs = b.painted;
    // The first screen is judged on the paragraphs in view when it was painted: they must be
    // the ones in view once everything is laid out, and hold annotations to paint.
    if (!a.viewHeld) throw new Error('The paragraphs in view changed after the first screen.');
    if (a.inView === 0) throw new Error('The first screen held no annotation.');
    if (run >= 0) {
      ours.push(a.ms);
      theirs.push(b.ms);
      firstScreen.push(a.firstScreen);
      longestTask.push(a.longestTask);
      inView.push(a.inView);
    }
  });

  // A label key on a fresh selection, until its highlight is painted (the article stays open).
  // A fresh page: the peer leaves document listeners behind that clear every CSS highlight.
  await page.close();
  page = await context.newPage();
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
  await bench(page, 'seedReader', size.words, size.annotations);
  await bench(page, 'openInFrameLens');
  await page.getByText('Annotating as').waitFor({ timeout: 60_000 });
  const keyToPaint = await repeat(1, plan.runs, async (run) => {
    const box = await bench(page, 'unannotatedWordBox', run + 1);
    await page.mouse.move(box.x + 1, box.y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y, { steps: 4 });
    await page.mouse.up();
    await page.getByTestId('pending-selection').waitFor({ timeout: 60_000 });
    await bench(page, 'armKeyPaint');
    await page.keyboard.press('1');
    const result = await bench(page, 'keyPaintResult').catch(async (error) => {
      await page.screenshot({ path: join(tmpdir(), 'framelens-bench-key-failure.png') });
      throw error;
    });
    await page.getByText('All changes saved').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(200);
    return result;
  });
  await context.close();
  return {
    seeded,
    ours,
    theirs,
    firstScreen,
    longestTask,
    inView,
    painted,
    keyToPaint: keyToPaint.map((result) => result.ms),
    keyToPaintFrames: keyToPaint.map((result) => result.frames),
  };
}

export async function lexiconScenario(browser, origin, size, plan) {
  const { context, page } = await openHarness(browser, origin);
  const { chars, entries, forms } = await bench(page, 'prepareScanCorpus', size.megabytes);
  const megabytes = chars / (1024 * 1024);
  const ours = [];
  const theirs = [];
  const matches = { ours: 0, theirs: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await bench(page, 'scanWithLexicon');
    const b = await bench(page, 'scanWithIndexOf');
    matches.ours = a.matches;
    matches.theirs = b.matches;
    if (run >= 0) {
      ours.push(megabytes / (a.ms / 1000));
      theirs.push(megabytes / (b.ms / 1000));
    }
  });
  await context.close();
  return { megabytes, lexicon: { entries, forms }, ours, theirs, matches };
}

const countAnnotations = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('framelens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result
            .transaction('annotations', 'readonly')
            .objectStore('annotations')
            .count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
        };
      }),
  );

export async function importScenario(browser, origin, size, plan) {
  const harness = await openHarness(browser, origin);
  const file = await bench(
    harness.page,
    'buildImportFile',
    size.articles,
    size.annotationsPerArticle,
  );
  const dir = await mkdtemp(join(tmpdir(), 'framelens-bench-'));
  const path = join(dir, 'class-hand-in.json');
  await writeFile(path, file.content);
  const fileMegabytes = Buffer.byteLength(file.content) / (1024 * 1024);

  const ours = [];
  const theirs = [];
  const longestTask = [];
  const stored = { ours: 0, theirs: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    // The app's path: the Exchange page in a fresh profile, file chosen → preview → Import → done.
    const context = await appContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/#/exchange`);
    const input = page.getByLabel('Annotation file');
    await input.waitFor({ timeout: 60_000 });
    // The probe sees long tasks: a deliberate 120 ms one, before the import starts.
    await page.evaluate(() => {
      setTimeout(() => {
        const until = performance.now() + 120;
        while (performance.now() < until);
      }, 0);
    });
    await page.waitForFunction(
      () => window.__probes.longTasks.some((task) => task.duration >= 120),
      null,
      { timeout: 60_000 },
    );
    await input.setInputFiles(path);
    await waitForMark(page, 'preview');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await waitForMark(page, 'done');
    const { marks, longTasks } = await probes(page);
    stored.ours = await countAnnotations(page);
    await context.close();
    const raw = await bench(harness.page, 'rawBulkPut', size.articles, size.annotationsPerArticle);
    stored.theirs = raw.stored;
    if (run >= 0) {
      ours.push(marks.preview - marks.fileChosen + (marks.done - marks.importClicked));
      theirs.push(raw.ms);
      const during = longTasks.filter((task) => task.start >= marks.fileChosen);
      longestTask.push(Math.max(0, ...during.map((task) => task.duration)));
    }
  });
  await harness.context.close();
  await rm(dir, { recursive: true, force: true });
  return {
    file: { ...file, content: undefined, megabytes: fileMegabytes },
    ours,
    theirs,
    longestTask,
    stored,
  };
}

export async function summaryScenario(browser, origin, size, plan) {
  const { context, page } = await openHarness(browser, origin);
  const seeded = await bench(page, 'seedSummary', size.articles, size.annotationsPerArticle);
  const ours = [];
  const theirs = [];
  const counted = { ours: 0, theirs: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await bench(page, 'summarizeInWorker');
    const b = await bench(page, 'readAnnotationsInWorker');
    counted.ours = a.annotations;
    counted.theirs = b.rows;
    if (run >= 0) {
      ours.push(a.ms);
      theirs.push(b.ms);
    }
  });
  await context.close();
  return { seeded, ours, theirs, counted };
}

export async function startupScenario(browser, origin, size, plan) {
  const prepare = async (articles) => {
    const context = await appContext(browser);
    const harness = await context.newPage();
    await harness.goto(`${origin}/bench/`);
    await harness.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
    const seeded =
      articles > 0
        ? await bench(harness, 'seedLibrary', articles)
        : { articles: 0, annotations: 0, annotator: await bench(harness, 'prepareAppDatabase') };
    await harness.close();
    return { context, seeded };
  };
  const sample = await prepare(0);
  const large = await prepare(size.articles);
  const open = async (context) => {
    const page = await context.newPage();
    await page.goto(`${origin}/#/`);
    await waitForMark(page, 'libraryPainted', 60_000);
    const { marks } = await probes(page);
    const shown = await page.locator('[data-testid="article-title"]').count();
    await page.close();
    return { ms: marks.libraryPainted, shown };
  };
  const ours = [];
  const theirs = [];
  const shown = { large: 0, sample: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await open(large.context);
    const b = await open(sample.context);
    shown.large = a.shown;
    shown.sample = b.shown;
    if (run >= 0) {
      ours.push(a.ms);
      theirs.push(b.ms);
    }
  });
  await sample.context.close();
  await large.context.close();
  return { seeded: large.seeded, ours, theirs, shown };
}

const longestSince = (longTasks, start) =>
  Math.max(0, ...longTasks.filter((task) => task.start >= start).map((task) => task.duration));

/** Counts the ranges in the app's label highlight layers (in the page). */
const labelHighlights = (page) =>
  page.evaluate(() => {
    let count = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('fl-label-')) count += highlight.size;
    }
    return count;
  });

/**
 * The largest article the app accepts, opened from the library: the time until its text is
 * shown and every highlight painted, and the longest main-thread task from the click until a
 * quiet second after that (suggestions arrive after the first paint).
 */
export async function largeArticleScenario(browser, origin, size, plan) {
  const context = await appContext(browser);
  const harness = await context.newPage();
  await harness.goto(`${origin}/bench/`);
  await harness.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
  const seeded = await bench(harness, 'seedLargeArticle', size.chars, size.singleParagraph);
  await harness.close();
  const ms = [];
  const longestTask = [];
  let painted = 0;
  let paragraphs = 0;
  await repeat(plan.warmups, plan.runs, async (run) => {
    // The app is started on a sample article (the reader's code loaded and compiled), back to
    // the library and left to settle; then the article is opened, as a person would: only the
    // work that depends on the article is counted.
    const page = await context.newPage();
    await page.goto(`${origin}/#/articles/${seeded.sampleId}`);
    await page.locator('[data-article-text] p').first().waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.locator('[data-testid="article-title"]').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1_500);
    const opened = await page.evaluate((id) => {
      const at = performance.now();
      location.hash = `#/articles/${id}`;
      return at;
    }, seeded.articleId);
    await page.waitForFunction(
      (expected) => {
        let count = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (name.startsWith('fl-label-')) count += highlight.size;
        }
        return count >= expected;
      },
      seeded.annotations,
      { timeout: 120_000, polling: 50 },
    );
    const shown = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1_000);
    const { longTasks } = await probes(page);
    painted = await labelHighlights(page);
    paragraphs = await page.locator('[data-article-text] p').count();
    await page.close();
    if (run >= 0) {
      ms.push(shown - opened);
      longestTask.push(longestSince(longTasks, opened));
    }
  });
  await context.close();
  return { seeded, ms, longestTask, painted, paragraphs };
}

/**
 * An HTML article file nested `size.depth` elements deep around about `size.chars` characters
 * of paragraphs, chosen under "Article files": the time until its draft is listed and the
 * longest main-thread task meanwhile (it is read in a worker).
 */
export async function htmlFileScenario(browser, origin, size, plan) {
  const sentence = 'Government forces shelled villages near Idlib, a monitor said. ';
  const paragraph = `<p>${sentence.repeat(4)}</p>\n`;
  const body = paragraph.repeat(Math.max(1, Math.floor(size.chars / (sentence.length * 4 + 2))));
  const html = `<!doctype html><html><head><title>Deeply nested</title></head><body>${'<div>'.repeat(size.depth)}${body}${'</div>'.repeat(size.depth)}</body></html>`;
  const dir = await mkdtemp(join(tmpdir(), 'framelens-bench-html-'));
  const path = join(dir, 'nested.html');
  await writeFile(path, html);
  const ms = [];
  const longestTask = [];
  let drafts = 0;
  await repeat(plan.warmups, plan.runs, async (run) => {
    const context = await appContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/#/exchange`);
    const input = page.getByLabel('Article files');
    await input.waitFor({ timeout: 60_000 });
    await input.setInputFiles(path);
    await waitForMark(page, 'corpusDrafts', 300_000);
    const { marks, longTasks } = await probes(page);
    drafts = await page
      .getByRole('list', { name: 'Articles to add' })
      .getByRole('listitem')
      .count();
    await context.close();
    if (run >= 0) {
      ms.push(marks.corpusDrafts - marks.fileChosen);
      longestTask.push(longestSince(longTasks, marks.fileChosen));
    }
  });
  await rm(dir, { recursive: true, force: true });
  return {
    megabytes: Buffer.byteLength(html) / (1024 * 1024),
    depth: size.depth,
    ms,
    longestTask,
    drafts,
  };
}

export async function classroomScenario(browser, origin, size, plan) {
  const { context, page } = await openHarness(browser, origin);
  await bench(page, 'prepareAppDatabase');
  const seeded = await bench(page, 'seedClassroom', size.students, size.articles, size.perArticle);
  const ours = [];
  const theirs = [];
  const longestTask = [];
  const longestTaskOneFile = [];
  const done = { written: 0, scored: 0, imported: 0 };
  const stages = { ours: [], theirs: [] };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await bench(page, 'openClassInWorker');
    const b = await bench(page, 'importClassAsOneFile');
    done.written = a.written;
    done.scored = a.scored;
    done.imported = b.written;
    if (run >= 0) {
      ours.push(a.ms);
      theirs.push(b.ms);
      longestTask.push(a.longestTask);
      longestTaskOneFile.push(b.longestTask);
      stages.ours.push(a.stages);
      stages.theirs.push(b.stages);
    }
  });
  const onPage = await classroomPageRuns(context, page, origin, plan);
  await context.close();
  return { seeded, ours, theirs, longestTask, longestTaskOneFile, done, onPage, stages };
}

/**
 * What a teacher waits on: the same hand-ins chosen on the Classroom page (in the harness's
 * profile, which holds the assignment, its texts and the key), previewed and opened; the page's
 * longest main-thread task from the files being chosen to "Opened…".
 */
async function classroomPageRuns(context, harness, origin, plan) {
  const files = await bench(harness, 'classroomFiles');
  const dir = await mkdtemp(join(tmpdir(), 'framelens-bench-class-'));
  const paths = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(path, file.text);
    paths.push(path);
  }
  await context.addInitScript(installProbes);
  const longestTask = [];
  const ms = [];
  await repeat(plan.warmups, plan.runs, async (run) => {
    await bench(harness, 'resetClassroom');
    const page = await context.newPage();
    await page.goto(`${origin}/#/classroom`);
    const input = page.getByLabel('Open classroom files');
    await input.waitFor({ timeout: 60_000 });
    await input.setInputFiles(paths);
    await page
      .getByRole('button', { name: `Open ${paths.length} files` })
      .click({ timeout: 300_000 });
    await page.getByText(/^Opened /).waitFor({ timeout: 300_000 });
    const { marks, longTasks } = await probes(page);
    const openedAt = await page.evaluate(() => performance.now());
    await page.close();
    if (run >= 0) {
      longestTask.push(longestSince(longTasks, marks.fileChosen));
      ms.push(openedAt - marks.fileChosen);
    }
  });
  await rm(dir, { recursive: true, force: true });
  return { longestTask, ms };
}

export async function agreementScenario(browser, origin, size, plan) {
  const { context, page } = await openHarness(browser, origin);
  const seeded = await bench(
    page,
    'seedAgreement',
    size.annotators,
    size.articles,
    size.perArticle,
  );
  const ours = [];
  const theirs = [];
  const done = { annotators: 0, pairs: 0, codedPairs: 0, rows: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await bench(page, 'agreementInWorker');
    const b = await bench(page, 'readAnnotationsInWorker');
    done.annotators = a.annotators;
    done.pairs = a.pairs;
    done.codedPairs = a.codedPairs;
    done.rows = b.rows;
    if (run >= 0) {
      ours.push(a.ms);
      theirs.push(b.ms);
    }
  });
  await context.close();
  return { seeded, ours, theirs, done };
}

/** A fresh app profile holding what `method` of the harness seeds. */
async function seededProfile(browser, origin, method, ...args) {
  const context = await appContext(browser);
  const harness = await context.newPage();
  await harness.goto(`${origin}/bench/`);
  await harness.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
  const seeded = await bench(harness, method, ...args);
  await harness.close();
  return { context, seeded };
}

/**
 * Opens an article from the library, as a person does (the reader's code already loaded on a
 * sample article, the library settled): the time from the route change until the frame that
 * shows the person's own highlights — and, with `map`, the disagreement map's highlights.
 */
async function openFromLibrary(context, origin, seeded, map) {
  const page = await context.newPage();
  await page.goto(`${origin}/#/articles/${seeded.sampleId}`);
  await page.locator('[data-article-text] p').first().waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.locator('[data-testid="article-title"]').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1_000);
  const result = await page.evaluate(
    ({ articleId, own, withMap }) =>
      new Promise((resolve, reject) => {
        const count = (prefix) => {
          let ranges = 0;
          for (const [name, highlight] of CSS.highlights) {
            if (name.startsWith(prefix)) ranges += highlight.size;
          }
          return ranges;
        };
        const opened = performance.now();
        const check = () => {
          const labels = count('fl-label-');
          const mapRanges = count('fl-map-');
          if (labels >= own && (!withMap || mapRanges > 0)) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({ ms: performance.now() - opened, labels, mapRanges });
            channel.port2.postMessage(null);
          } else if (performance.now() - opened > 120_000) {
            reject(new Error(`Not painted in 120 s (labels ${labels}, map ranges ${mapRanges}).`));
          } else {
            requestAnimationFrame(check);
          }
        };
        location.hash = withMap
          ? `#/articles/${articleId}/disagreement`
          : `#/articles/${articleId}`;
        requestAnimationFrame(check);
      }),
    { articleId: seeded.articleId, own: seeded.own, withMap: map },
  );
  await page.close();
  return result;
}

export async function mapScenario(browser, origin, size, plan) {
  const map = await seededProfile(
    browser,
    origin,
    'seedMapArticle',
    size.words,
    size.annotators,
    size.perAnnotator,
  );
  const single = await seededProfile(
    browser,
    origin,
    'seedSingleAnnotator',
    size.words,
    size.annotations,
  );
  const ours = [];
  const theirs = [];
  const painted = { labels: 0, mapRanges: 0, singleLabels: 0 };
  await repeat(plan.warmups, plan.runs, async (run) => {
    const a = await openFromLibrary(map.context, origin, map.seeded, true);
    const b = await openFromLibrary(single.context, origin, single.seeded, false);
    painted.labels = a.labels;
    painted.mapRanges = a.mapRanges;
    painted.singleLabels = b.labels;
    if (run >= 0) {
      ours.push(a.ms);
      theirs.push(b.ms);
    }
  });
  await map.context.close();
  await single.context.close();
  return { seeded: { map: map.seeded, single: single.seeded }, ours, theirs, painted };
}
