import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../src/domain/article-size';
import { appUrl, checkedSessions, openApp, readStore, screenshot } from './harness';

const sessions = checkedSessions();

async function open(): Promise<Page> {
  const session = await openApp('#/');
  sessions.push(session);
  const { page } = session;
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByLabel('Article files').waitFor();
  return page;
}

const titles = async (page: Page) =>
  (await readStore<{ title: string }>(page, 'articles')).map((article) => article.title).sort();

function html(name: string, content: string) {
  return { name, mimeType: 'text/html', buffer: Buffer.from(content, 'utf8') };
}

/** Records whether the reading progress line has been on screen (it may pass quickly). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { progress: false };
    (window as { __progressSeen?: typeof seen }).__progressSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="corpus-progress"]')) seen.progress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

describe('article files', () => {
  test(
    'an HTML file nested 50,000 elements deep is read with progress; Cancel on a large one stores nothing',
    { timeout: 300_000 },
    async () => {
      const page = await open();
      const before = await titles(page);

      // 25 MB of HTML around 50,000 nested elements: reading it takes long enough to cancel.
      const depth = 50_000;
      const large = `<title>Too big</title>${'<div>'.repeat(depth)}${'<p><b>x</b> y</p>'.repeat(1_500_000)}${'</div>'.repeat(depth)}`;
      // Handing 25 MB to the page took over a minute on a loaded 2-core machine.
      await page
        .getByLabel('Article files')
        .setInputFiles([html('large.html', large)], { timeout: 150_000 });
      const progress = page.getByTestId('corpus-progress');
      await progress.waitFor({ timeout: 60_000 });
      await expect
        .poll(() => progress.textContent(), { timeout: 30_000 })
        .toMatch(/^Reading large\.html: \d+%…$/);
      await page.locator('#corpus').evaluate((section) => section.scrollIntoView());
      await screenshot(page, 'corpus-reading');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('corpus-cancelled').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('corpus-cancelled').textContent()).toBe(
        'Reading was cancelled: no article was added.',
      );
      expect(await progress.count()).toBe(0);
      expect(await page.getByRole('list', { name: 'Articles to add' }).count()).toBe(0);
      expect(await page.getByTestId('corpus-problems').count()).toBe(0);
      expect(await titles(page)).toEqual(before);

      // A deeply nested file of normal size: read (progress shown), added, text intact.
      const nested =
        `<!doctype html><html><head><title>Deep report</title></head><body>` +
        `${'<div><span>'.repeat(depth)}<p>Deep words from Idlib.</p>${'</span></div>'.repeat(depth)}` +
        `<p>After the nesting.</p></body></html>`;
      await watchProgress(page);
      await page.getByLabel('Article files').setInputFiles([html('deep.html', nested)]);
      const row = page
        .getByRole('list', { name: 'Articles to add' })
        .getByRole('listitem', { name: 'deep.html' });
      await row.waitFor({ timeout: 60_000 });
      expect(
        await page.evaluate(
          () => (window as { __progressSeen?: { progress: boolean } }).__progressSeen?.progress,
        ),
      ).toBe(true);
      expect(await row.getByLabel('Title').inputValue()).toBe('Deep report');
      await row.getByLabel('Outlet').fill('Deep Wire');
      await page.getByRole('button', { name: 'Add 1 article' }).click();
      await page.getByTestId('corpus-done').waitFor({ timeout: 30_000 });
      const stored = (await readStore<{ title: string; text: string }>(page, 'articles')).find(
        (article) => article.title === 'Deep report',
      );
      expect(stored?.text).toBe('Deep words from Idlib.\n\nAfter the nesting.');
    },
  );

  test('an HTML file with <base href> and other-origin resources: text only, nothing loads', async () => {
    const page = await open();
    const file = `<!doctype html><html><head>
      <base href="https://evil.example/">
      <meta http-equiv="refresh" content="0; url=https://evil.example/refresh">
      <meta http-equiv="Content-Security-Policy" content="default-src *">
      <title>Base and beacons</title>
      <link rel="stylesheet" href="style.css">
      <link rel="preload" href="https://evil.example/font.woff2" as="font">
      <link rel="icon" href="favicon.ico">
      <style>@import url(https://evil.example/import.css); body { background: url(bg.png) }</style>
    </head><body style="background: url(https://evil.example/inline.png)">
      <article>
        <p>Forces advanced <img src="pixel.png" srcset="https://evil.example/2x.png 2x"> at dawn.</p>
        <picture><source srcset="https://evil.example/p.webp"><img src="p.jpg" alt="A map"></picture>
        <video poster="https://evil.example/poster.jpg" src="v.mp4"></video>
        <audio src="https://evil.example/a.mp3" autoplay></audio>
        <iframe src="https://evil.example/frame"></iframe>
        <object data="https://evil.example/object"></object>
        <embed src="https://evil.example/embed">
        <svg><image href="https://evil.example/svg.png"/></svg>
        <input type="image" src="https://evil.example/input.png">
        <p>Residents <a href="page.html" ping="https://evil.example/ping">fled</a> south.</p>
      </article>
    </body></html>`;
    await page.getByLabel('Article files').setInputFiles([html('base.html', file)]);
    const row = page
      .getByRole('list', { name: 'Articles to add' })
      .getByRole('listitem', { name: 'base.html' });
    await row.waitFor({ timeout: 30_000 });
    await row.getByLabel('Outlet').fill('Beacon Daily');
    // The language is asked like the other fields: left unchosen, nothing is added.
    const language = row.getByLabel('Language');
    await language.selectOption('');
    await page.getByRole('button', { name: 'Add 1 article' }).click();
    await row.getByText('Choose the language, or “Not known”.').waitFor();
    expect(await language.getAttribute('aria-invalid')).toBe('true');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'corpus-draft-language');
    expect(await titles(page)).not.toContain('Base and beacons');
    await language.selectOption('en');
    await page.getByRole('button', { name: 'Add 1 article' }).click();
    await page.getByTestId('corpus-done').waitFor({ timeout: 30_000 });
    const stored = (await readStore<{ title: string; language: string }>(page, 'articles')).find(
      (article) => article.title === 'Base and beacons',
    );
    expect(stored?.language).toBe('en');
    await page.getByRole('link', { name: 'Base and beacons' }).click();
    await page.locator('[data-article-text] p').first().waitFor();
    expect(await page.locator('[data-article-text] p').allTextContents()).toEqual([
      'Forces advanced at dawn.',
      'A map',
      'Residents fled south.',
    ]);
    // Give anything that might have been scheduled a moment to show up in the checks.
    await page.waitForTimeout(500);
  });

  test('an article longer than the reader opens is refused, with the limit, and nothing is stored', async () => {
    const page = await open();
    const before = await titles(page);
    const sentence = 'The convoy moved north before dawn, officials said.\n'; // 52 characters
    const long = sentence.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / sentence.length));
    await page.getByLabel('Article files').setInputFiles([
      { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(long) },
      { name: 'short.txt', mimeType: 'text/plain', buffer: Buffer.from('Short report.\nText.') },
    ]);
    const problems = page.getByTestId('corpus-problems');
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.textContent()).toContain(
      `long.txt: The text is ${long.length.toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts.`,
    );
    await page.locator('#corpus').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'corpus-too-long');
    const rows = page.getByRole('list', { name: 'Articles to add' });
    expect(await rows.getByRole('listitem').count()).toBe(1);
    expect(await titles(page)).toEqual(before);
  });

  test('an over-limit article stored by an older version is not opened: the reader says why', async () => {
    const page = await open();
    const [outlet] = await readStore<{ id: string }>(page, 'outlets');
    const text = 'word '.repeat(MAX_ARTICLE_CHARS / 5 + 10_000);
    await page.evaluate(
      ({ outletId, body }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('framelens');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const database = request.result;
            const transaction = database.transaction('articles', 'readwrite');
            transaction.objectStore('articles').put({
              id: 'old-long-article',
              outletId,
              title: 'Stored before the limit',
              url: null,
              published: '2024',
              language: 'en',
              text: body,
              textHash: 'f'.repeat(64),
              wordCount: body.length / 5,
              source: 'paste',
              addedAt: '2026-01-01T00:00:00.000Z',
            });
            transaction.oncomplete = () => {
              database.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { outletId: outlet?.id, body: text },
    );
    await page.goto(appUrl('#/articles/old-long-article'));
    const notice = page.getByTestId('article-too-long');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toBe(
      `This article cannot be opened. The text is ${text.length.toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts. Export it with its annotations, or use “Edit details” to delete it.`,
    );
    expect(await page.locator('#article-title').textContent()).toBe('Stored before the limit');
    expect(await page.locator('[data-article-text]').count()).toBe(0);
    await screenshot(page, 'reader-too-long');
  });
});
