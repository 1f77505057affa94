import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_ARTICLE_CHARS } from '../../src/domain/article-size';
import { appUrl, openApp, readStore, screenshot, type AppSession } from './harness';
import { seeds } from './seeds';

let session: AppSession;

beforeEach(async () => {
  session = await openApp('#/');
});

afterEach(async () => {
  try {
    expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
    expect(session.problems, 'no console errors or uncaught exceptions').toEqual([]);
  } finally {
    await session.close();
  }
});

async function articleTitles(page: Page): Promise<string[]> {
  await page.getByRole('list', { name: 'Articles' }).waitFor();
  await page.locator('[data-testid="article-title"]').first().waitFor();
  return page.locator('[data-testid="article-title"]').allTextContents();
}

/** Rebuilds the article text from the rendered paragraphs and their offsets. */
async function renderedText(page: Page, length: number): Promise<string> {
  const parts = await page.locator('[data-article-text] p').evaluateAll((elements) =>
    elements.map((element) => ({
      start: Number(element.getAttribute('data-start')),
      text: element.textContent ?? '',
    })),
  );
  const chars = Array.from({ length }, () => '\n');
  for (const part of parts) {
    for (let i = 0; i < part.text.length; i += 1) chars[part.start + i] = part.text[i] ?? '';
  }
  return chars.join('');
}

async function pasteArticle(
  page: Page,
  fields: { outlet: string; title: string; text: string; url?: string; published?: string },
) {
  await page.goto(appUrl('#/add'));
  await page.getByRole('heading', { name: 'Add an article' }).waitFor();
  await page.getByLabel('Outlet', { exact: true }).fill(fields.outlet);
  await page.getByLabel('Title').fill(fields.title);
  if (fields.published) await page.getByLabel('Published').fill(fields.published);
  if (fields.url) await page.getByLabel('Source link (optional)').fill(fields.url);
  await page.getByLabel('Article text').fill(fields.text);
  await page.getByRole('button', { name: 'Add article' }).click();
}

describe('first run and the sample corpus', () => {
  test('lists the five seed articles under their five outlets', async () => {
    const { page } = session;
    const titles = await articleTitles(page);
    // seeds.json has five articles, one per outlet.
    expect(titles.sort()).toEqual(seeds.map((seed) => seed.title).sort());
    const groups = await page
      .locator('[data-outlet-group]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('data-outlet-group')),
      );
    expect(groups.sort()).toEqual(seeds.map((seed) => seed.outlet).sort());
    await screenshot(page, 'library');
  });

  test('each article opens and shows exactly its seed text, with metadata', async () => {
    const { page } = session;
    await articleTitles(page);
    for (const seed of seeds) {
      await page.goto(appUrl('#/'));
      await page.getByRole('link', { name: seed.title }).click();
      await expect.poll(() => page.locator('#article-title').textContent()).toBe(seed.title);
      expect(await page.getByTestId('article-outlet').textContent()).toBe(seed.outlet);
      // Every character of the seed file is rendered at its own offset; the gaps are newlines only.
      expect(await renderedText(page, seed.text.length)).toBe(seed.text);
      const link = page.getByTestId('source-link');
      if (seed.url) {
        expect(await link.getAttribute('href')).toBe(seed.url);
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(await link.getAttribute('target')).toBe('_blank');
      } else {
        expect(await link.count()).toBe(0);
      }
      if (seed.outlet === 'RT') await screenshot(page, 'reader');
    }
  });

  test('reloads and two tabs opened at once never duplicate anything', async () => {
    const { page } = session;
    const second = await session.newPage();
    const third = await session.newPage();
    await Promise.all([page.reload(), second.reload(), third.reload()]);
    for (const tab of [page, second, third]) expect((await articleTitles(tab)).length).toBe(5);
    expect((await readStore(page, 'articles')).length).toBe(5);
    expect((await readStore(page, 'outlets')).length).toBe(5);
  });
});

describe('managing articles', () => {
  test('a pasted article appears under its outlet and survives reload', async () => {
    const { page } = session;
    await articleTitles(page);
    await pasteArticle(page, {
      outlet: 'Example Gazette',
      title: 'Ceasefire talks resume',
      published: '2024-12-01',
      url: 'https://example.org/ceasefire',
      text: 'Negotiators met again on Monday.\n\nBoth sides called the talks constructive.',
    });
    await expect
      .poll(() => page.locator('#article-title').textContent())
      .toBe('Ceasefire talks resume');
    await page.goto(appUrl('#/'));
    await page.reload();
    await articleTitles(page);
    const group = page.locator('[data-outlet-group="Example Gazette"]');
    await group.waitFor();
    expect(await page.getByRole('link', { name: /Ceasefire talks resume/ }).count()).toBe(1);
    // The article word count: "Negotiators met again on Monday." (5) + "Both sides called the talks constructive." (6) = 11.
    expect(
      await page.getByRole('link', { name: /Ceasefire talks resume/ }).textContent(),
    ).toContain('11 words');
  });

  test('an outlet name differing only in case reuses the existing outlet', async () => {
    const { page } = session;
    await articleTitles(page);
    await pasteArticle(page, {
      outlet: 'rt',
      title: 'Another RT piece',
      text: 'A short text about the same events.',
    });
    await expect.poll(() => page.locator('#article-title').textContent()).toBe('Another RT piece');
    expect(await page.getByTestId('article-outlet').textContent()).toBe('RT');
    expect((await readStore(page, 'outlets')).length).toBe(5);
  });

  test('deleting asks first, removes the article, and undo brings it back', async () => {
    const { page } = session;
    await articleTitles(page);
    const rt = seeds.find((seed) => seed.outlet === 'RT');
    if (!rt) throw new Error('fixture: RT seed missing');
    await page.getByRole('link', { name: rt.title }).click();
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.getByRole('button', { name: 'Delete article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this article?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await articleTitles(page)).includes(rt.title)).toBe(false);
    expect((await readStore(page, 'articles')).length).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await articleTitles(page)).includes(rt.title)).toBe(true);
    expect((await readStore(page, 'articles')).length).toBe(5);
    expect((await readStore(page, 'outlets')).length).toBe(5);
  });

  test('search filters by title and text; sort by title', async () => {
    const { page } = session;
    await articleTitles(page);
    // "Kafr Nouran" appears only in the Levant24 text, not in any title.
    await page.getByLabel('Search titles and text').fill('kafr nouran');
    await expect
      .poll(() => page.locator('[data-testid="article-title"]').allTextContents())
      .toEqual(['HTS Commandos Capture Regime Soldiers in Retaliatory Operation']);
    // The texts are read when the search starts; then the status says what matched.
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('1 of 5 articles match “kafr nouran”.');
    await page.getByLabel('Search titles and text').fill('');
    await page.getByLabel('Group by outlet').uncheck();
    await page.getByLabel('Sort').selectOption('title');
    const titles = await page.locator('[data-testid="article-title"]').allTextContents();
    expect(titles).toEqual(
      [...seeds.map((seed) => seed.title)].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    );
  });
});

describe('bad input changes nothing and says why', () => {
  test('empty and whitespace-only text is refused', async () => {
    const { page } = session;
    await articleTitles(page);
    await pasteArticle(page, { outlet: 'Someone', title: 'Empty', text: '   \n\t  ' });
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain('Paste the article text: it is empty.');
    expect((await readStore(page, 'articles')).length).toBe(5);
  });

  test('a javascript: URL is refused', async () => {
    const { page } = session;
    await articleTitles(page);
    await pasteArticle(page, {
      outlet: 'Someone',
      title: 'Bad link',
      text: 'Some text.',
      url: 'javascript:alert(1)',
    });
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain('Only http:// or https:// links are accepted.');
    expect((await readStore(page, 'articles')).length).toBe(5);
  });

  test('HTML and <script> in text and title are shown literally, never run', async () => {
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await articleTitles(page);
    const text = '<script>alert(1)</script>\n<img src=x onerror="alert(2)"> <b>bold</b>';
    await pasteArticle(page, { outlet: '<i>Outlet</i>', title: '<b>Title</b>', text });
    await expect.poll(() => page.locator('#article-title').textContent()).toBe('<b>Title</b>');
    expect(await renderedText(page, text.length)).toBe(text);
    expect(
      await page
        .locator('[data-article-text] script, [data-article-text] img, [data-article-text] b')
        .count(),
    ).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('the same text twice is refused with a link to the existing article', async () => {
    const { page } = session;
    await articleTitles(page);
    const rt = seeds.find((seed) => seed.outlet === 'RT');
    if (!rt) throw new Error('fixture: RT seed missing');
    await pasteArticle(page, { outlet: 'Copycat', title: 'Copy', text: rt.text });
    const alert = page.getByRole('alert').filter({ hasText: 'already in the library' });
    await alert.waitFor();
    await alert.getByRole('link', { name: rt.title }).click();
    await expect.poll(() => page.locator('#article-title').textContent()).toBe(rt.title);
    expect((await readStore(page, 'articles')).length).toBe(5);
    expect((await readStore(page, 'outlets')).length).toBe(5);
  });

  test('the longest article the reader opens is stored whole; one character more is refused', async () => {
    const { page } = session;
    await articleTitles(page);
    const sentence = 'The convoy moved north before dawn, officials said.\n'; // 52 characters, 8 words
    const repeats = Math.floor(MAX_ARTICLE_CHARS / sentence.length);
    const text = sentence.repeat(repeats) + 'x'.repeat(MAX_ARTICLE_CHARS % sentence.length);
    expect(text.length).toBe(MAX_ARTICLE_CHARS);
    const paste = async (title: string, value: string) => {
      await page.goto(appUrl('#/add'));
      await page.getByRole('heading', { name: 'Add an article' }).waitFor();
      await page.getByLabel('Outlet', { exact: true }).fill('Bulk Wire');
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Article text').evaluate((element, pasted) => {
        (element as HTMLTextAreaElement).value = pasted;
      }, value);
      await page.getByRole('button', { name: 'Add article' }).click();
    };

    await paste('Too long article', `${text}y`);
    await expect
      .poll(() => page.getByText(/FrameLens opens articles of at most/).textContent())
      .toBe(
        `The text is ${(MAX_ARTICLE_CHARS + 1).toLocaleString('en')} characters long; FrameLens opens articles of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Split it into parts.`,
      );
    await screenshot(page, 'paste-too-long');
    expect(
      (await readStore<{ title: string }>(page, 'articles')).map((article) => article.title),
    ).not.toContain('Too long article');

    await paste('Very long article', text);
    await expect
      .poll(() => page.locator('#article-title').textContent(), { timeout: 30_000 })
      .toBe('Very long article');
    const stored = (
      await readStore<{ title: string; text: string; wordCount: number }>(page, 'articles')
    ).find((article) => article.title === 'Very long article');
    // The stored text drops nothing; every repeated line holds 8 words, the tail of x's one.
    expect(stored?.text).toBe(text);
    expect(stored?.wordCount).toBe(repeats * 8 + (MAX_ARTICLE_CHARS % sentence.length > 0 ? 1 : 0));
  });
});
