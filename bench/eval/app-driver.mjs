// Drives the built app in Chromium the way a person would: import the articles, open each,
// accept every suggestion, and read back what was stored.

const ANNOTATOR = 'Eval';
// Generous: the machine is busy; these bound waits on DOM and database states, not durations.
const WAIT = { timeout: 180_000 };

/** Reads a whole object store of the app's IndexedDB through the raw browser API. */
export function readStore(page, store) {
  return page.evaluate(
    (storeName) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(storeName, 'readonly').objectStore(storeName);
          const all = request.getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

function writeRecord(page, store, record) {
  return page.evaluate(
    ({ storeName, value }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(storeName, 'readwrite');
          transaction.objectStore(storeName).put(value);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { storeName: store, value: record },
  );
}

/** Opens the app in a fresh profile and waits until the first-run seeding has finished. */
export async function openFreshApp(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(`${origin}/#/`);
  // The library lists the seed articles once the first-run seeding has been committed.
  await page.locator('a[href^="#/articles/"]').first().waitFor(WAIT);
  return { context, page, problems };
}

/**
 * Replaces the codebook's actors with the topic's by writing the codebook record into
 * IndexedDB (the Settings page edits actors one name and alias at a time, and names new ones
 * itself), then reloads so that the app reads it.
 */
export async function setActors(page, actors) {
  const [codebook] = await readStore(page, 'codebooks');
  if (!codebook) {
    const meta = await readStore(page, 'meta');
    throw new Error(`The app stored no codebook on first run (meta: ${JSON.stringify(meta)}).`);
  }
  const topicActors = actors.map(({ id, name, aliases }) => ({ id, name, aliases: aliases ?? [] }));
  await writeRecord(page, 'codebooks', { ...codebook, actors: topicActors });
  await page.reload();
}

function csvCell(value) {
  return `"${String(value ?? '').replaceAll('"', '""')}"`;
}

/** A corpus CSV (outlet, title, published, text) of the topic's articles. */
export function corpusCsv(articles) {
  const rows = articles.map((article) =>
    [article.outlet, article.title, article.published ?? '', article.text].map(csvCell).join(','),
  );
  return `outlet,title,published,text\n${rows.join('\n')}\n`;
}

/** Adds the articles through Import & export → Article files, as one corpus CSV. */
export async function importArticles(page, origin, topicId, articles) {
  await page.goto(`${origin}/#/exchange`);
  const input = page.getByLabel('Article files');
  await input.waitFor(WAIT);
  await input.setInputFiles([
    { name: `${topicId}.csv`, mimeType: 'text/csv', buffer: Buffer.from(corpusCsv(articles)) },
  ]);
  const add = page.getByRole('button', {
    name: `Add ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`,
  });
  await add.waitFor(WAIT).catch(async () => {
    const problems = await page.getByTestId('corpus-problems').textContent({ timeout: 1_000 });
    throw new Error(`The app did not offer to add the ${topicId} articles: ${problems ?? ''}`);
  });
  await add.click();
  await page.getByTestId('corpus-done').waitFor(WAIT);
}

/** After "Accept all": names the annotator when asked, until no suggestion is left offered. */
async function settleAcceptAll(page) {
  for (;;) {
    const handle = await page.waitForFunction(
      () => {
        const dialogs = [...document.querySelectorAll('dialog[open], [role="dialog"]')];
        if (dialogs.some((d) => d.textContent?.includes('Who is annotating?'))) return 'asked';
        return document.querySelector('#suggestions-title span')?.textContent === '0'
          ? 'done'
          : false;
      },
      undefined,
      { ...WAIT, polling: 250 },
    );
    if ((await handle.jsonValue()) === 'done') return;
    const dialog = page.getByRole('dialog', { name: 'Who is annotating?' });
    await dialog.getByLabel('Your name').fill(ANNOTATOR);
    await dialog.getByRole('button', { name: 'Start annotating' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
  }
}

async function liveAnnotations(page, articleId) {
  const all = await readStore(page, 'annotations');
  return all.filter((a) => a.articleId === articleId && !a.deleted && a.status === 'accepted');
}

/**
 * Opens one article, waits until its suggestions are computed, presses "Accept all in this
 * article", and returns the accepted annotations once they are all stored.
 */
export async function acceptAll(page, origin, articleId) {
  // A fresh page load: after a hash change alone the previous article could still be on screen.
  await page.goto('about:blank');
  await page.goto(`${origin}/#/articles/${encodeURIComponent(articleId)}`);
  await page.locator('[data-article-text] p').first().waitFor(WAIT);
  const summary = page.locator('section[aria-labelledby="suggestions-title"]');
  await summary
    .and(page.locator('[aria-busy="false"]'))
    .waitFor(WAIT)
    .catch((error) => {
      throw new Error(
        `the reader's suggestions summary never said aria-busy="false" (suggestions computed): ${error.message}`,
      );
    });
  const count = Number(await page.locator('#suggestions-title span').first().textContent());
  if (count > 0) {
    await summary.getByRole('button', { name: 'Accept all in this article' }).click();
    await settleAcceptAll(page);
  }
  await page
    .waitForFunction(
      ({ id, expected }) =>
        new Promise((resolve) => {
          const open = indexedDB.open('framelens');
          open.onsuccess = () => {
            const all = open.result.transaction('annotations').objectStore('annotations').getAll();
            all.onsuccess = () => {
              open.result.close();
              const live = all.result.filter(
                (a) => a.articleId === id && !a.deleted && a.status === 'accepted',
              );
              resolve(live.length >= expected);
            };
          };
          open.onerror = () => resolve(false);
        }),
      { id: articleId, expected: count },
      { ...WAIT, polling: 250 },
    )
    .catch((error) => {
      throw new Error(`not all ${count} accepted suggestions were stored: ${error.message}`);
    });
  const stored = await liveAnnotations(page, articleId);
  return { offered: count, stored };
}

/** The stored articles (id, title, text). */
export async function storedArticles(page) {
  const articles = await readStore(page, 'articles');
  return articles.map(({ id, title, text }) => ({ id, title, text }));
}
