import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { generateCorpus, type GeneratedCorpus } from '../../bench/corpus/generate-corpus';
import { seedSentences } from '../../bench/corpus/seed-sentences';
import type { Annotation } from '../../src/domain/types';
import { appUrl, openApp, type AppSession } from './harness';
import { seeds } from './seeds';

// A long article, most of it below the fold: about 20,000 words with 2,000 annotations, of
// which the first five (in the generator's order) are deleted.
const DELETED = 5;
let corpus: GeneratedCorpus;
let session: AppSession;

beforeAll(async () => {
  corpus = await generateCorpus(
    seedSentences(seeds.map((seed) => seed.text)),
    { articles: 1, wordsPerArticle: 20_000, annotationsPerArticle: 2_000 },
    {
      seed: 18,
      outletNames: ['Viewport Wire'],
      annotator: { id: 'viewport-annotator', name: 'Vera', role: 'annotator' },
    },
  );
  corpus.annotations.slice(0, DELETED).forEach((annotation) => (annotation.deleted = 1));
}, 60_000);

beforeEach(async () => {
  session = await openApp('#/');
  await session.page.locator('[data-testid="article-title"]').first().waitFor();
  await writeCorpus(session.page, corpus);
}, 120_000);

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

/** Stores the corpus in one transaction, with its annotator as the current one. */
async function writeCorpus(
  page: Page,
  { outlets, articles, annotations, annotator }: GeneratedCorpus,
) {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const stores = ['outlets', 'articles', 'annotations', 'annotators', 'meta'];
          const transaction = open.result.transaction(stores, 'readwrite');
          for (const outlet of rows.outlets) transaction.objectStore('outlets').put(outlet);
          for (const article of rows.articles) transaction.objectStore('articles').put(article);
          const store = transaction.objectStore('annotations');
          for (const annotation of rows.annotations) store.put(annotation);
          transaction.objectStore('annotators').put(rows.annotator);
          transaction
            .objectStore('meta')
            .put({ key: 'currentAnnotatorId', value: rows.annotator.id });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { outlets, articles, annotations, annotator },
  );
}

const live = () => corpus.annotations.filter((annotation) => !annotation.deleted);

/** The offsets ("start:end") of every range in the label highlight layers. */
const paintedSpans = (page: Page) =>
  page.evaluate(() => {
    const spans: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('fl-label-')) continue;
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        const from = Number(range.startContainer.parentElement?.dataset.start);
        const to = Number(range.endContainer.parentElement?.dataset.start);
        spans.push(`${from + range.startOffset}:${to + range.endOffset}`);
      }
    }
    return spans;
  });

interface Frame {
  top: number;
  bottom: number;
  highlighted: boolean;
  /** Ranges in the label layers. */
  painted: number;
}

/**
 * Watches every frame from the page's start. In each frame that shows the article text: where
 * `target` is on screen (its top), and whether it is highlighted then.
 */
function watchFrames(target: { start: number; end: number }) {
  const frames: Frame[] = [];
  Object.assign(window, { __frames: frames });
  const isTarget = (range: AbstractRange) => {
    if (!(range instanceof Range)) return false;
    const from = Number(range.startContainer.parentElement?.dataset.start);
    const to = Number(range.endContainer.parentElement?.dataset.start);
    return from + range.startOffset === target.start && to + range.endOffset === target.end;
  };
  const labelLayers = () =>
    [...CSS.highlights].filter(([name]) => name.startsWith('fl-label-')).map(([, h]) => h);
  const targetRange = () => {
    const paragraph = [...document.querySelectorAll<HTMLElement>('p[data-start]')].find(
      (p) => Number(p.dataset.start) <= target.start && target.end <= Number(p.dataset.end),
    );
    const node = paragraph?.firstChild;
    if (!paragraph || !node) return null;
    const range = document.createRange();
    range.setStart(node, target.start - Number(paragraph.dataset.start));
    range.setEnd(node, target.end - Number(paragraph.dataset.start));
    return range;
  };
  const tick = () => {
    const text = document.querySelector('[data-article-text]');
    const range = text?.checkVisibility({ visibilityProperty: true }) ? targetRange() : null;
    if (range) {
      const box = range.getBoundingClientRect();
      const layers = labelLayers();
      frames.push({
        top: box.top,
        bottom: box.bottom,
        highlighted: layers.some((layer) => [...layer].some(isTarget)),
        painted: layers.reduce((sum, layer) => sum + layer.size, 0),
      });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const listHeading = (page: Page) => page.locator('#annotation-list-title');

describe('the reader paints the screen in view first, then the rest', () => {
  test('opened at a deep link far down: the annotation is in view, highlighted, and stays put', async () => {
    const { page } = session;
    const article = corpus.articles[0]!;
    // Far down: the annotation 1,500th in text order (of 1,995 live ones).
    const target = [...live()].sort((a, b) => a.start - b.start)[1_499] as Annotation;
    await page.addInitScript(watchFrames, { start: target.start, end: target.end });
    await page.goto(appUrl(`#/articles/${article.id}/annotations/${target.id}`));
    await page.reload();

    // 2,000 generated, 5 deleted: 1,995 listed and painted.
    await expect.poll(() => listHeading(page).textContent()).toBe('Annotations (1995)');
    await expect.poll(async () => (await paintedSpans(page)).length).toBe(1_995);
    // Quiet for a while after everything was painted (the suggestions arrive meanwhile).
    await page.waitForTimeout(1_500);

    const { frames, scrolled, height } = await page.evaluate(() => ({
      frames: (window as unknown as { __frames: Frame[] }).__frames,
      scrolled: window.scrollY,
      height: window.innerHeight,
    }));
    // Far down the page.
    expect(scrolled).toBeGreaterThan(10 * height);
    // From the first frame that showed the text to now (everything painted, a quiet while
    // later), the annotation never moved on screen: no jump, nothing shown elsewhere first.
    expect(frames.length).toBeGreaterThan(0);
    const shownFirst = frames[0]!;
    for (const frame of frames) expect(Math.abs(frame.top - shownFirst.top)).toBeLessThanOrEqual(2);
    // In view from the start, and highlighted with the first screen, before the rest.
    expect(shownFirst.top).toBeGreaterThanOrEqual(0);
    expect(shownFirst.bottom).toBeLessThanOrEqual(height);
    const firstHighlighted = frames.find((frame) => frame.highlighted);
    expect(firstHighlighted?.painted).toBeLessThan(1_995);
    expect(frames.at(-1)!.highlighted).toBe(true);
    expect(await paintedSpans(page)).toContain(`${target.start}:${target.end}`);
  }, 120_000);

  test('scrolled to the end: every live annotation is highlighted and the list counts them all', async () => {
    const { page } = session;
    const article = corpus.articles[0]!;
    await page.goto(appUrl(`#/articles/${article.id}`));
    await page.reload();
    await page.locator('[data-article-text] p').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

    await expect.poll(async () => (await paintedSpans(page)).length).toBe(1_995);
    const painted = new Set(await paintedSpans(page));
    const missing = live().filter((a) => !painted.has(`${a.start}:${a.end}`));
    // 1,995 ranges, one for each live annotation: none for the deleted ones.
    expect(missing).toEqual([]);
    await expect.poll(() => listHeading(page).textContent()).toBe('Annotations (1995)');
  }, 120_000);
});
