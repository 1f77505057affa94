import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, openApp, readDownload, readStore, screenshot, type AppSession } from './harness';
import { expectNoAxeViolations } from './axe';
import { dragSelect, nameAnnotatorIfAsked, paintedHighlights } from './reader-helpers';

// Written for this test: "The army said on Tuesday that its forces withdrew from the city, but
// the residents told journalists that the shelling is still going on in the eastern quarters."
const ARABIC =
  'قال الجيش يوم الثلاثاء إن قواته انسحبت من المدينة، لكن السكان أخبروا الصحفيين أن القصف ما زال مستمرا في الأحياء الشرقية.\n\nوقال شاهد إن المسلحين دخلوا السوق القديم بعد منتصف الليل.';
const FRENCH =
  "L'armée a déclaré mardi que ses troupes s'étaient retirées de la ville, mais les habitants ont dit aux journalistes que les bombardements continuaient.";

let session: AppSession | null = null;

afterEach(async () => {
  if (!session) return;
  try {
    expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
    expect(session.problems, 'no console errors or uncaught exceptions').toEqual([]);
  } finally {
    await session.close();
    session = null;
  }
});

async function fillArticle(page: Page, title: string, text: string): Promise<void> {
  await page.goto(appUrl('#/add'));
  await page.getByRole('heading', { name: 'Add an article' }).waitFor();
  await page.getByLabel('Outlet', { exact: true }).fill('Wire');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Article text').fill(text);
}

const languageField = (page: Page) => page.getByLabel('Language');
const chosenLanguage = (page: Page) =>
  languageField(page).evaluate((select) => {
    const element = select as HTMLSelectElement;
    return `${element.value} ${element.selectedOptions[0]?.textContent ?? ''}`;
  });

describe('an article’s language', () => {
  test('Arabic pasted: detected, saved, shown right to left, exported, highlighted without wrappers', async () => {
    session = await openApp('#/');
    const { page } = session;
    await fillArticle(page, 'انسحاب الجيش', ARABIC);
    await expect.poll(() => chosenLanguage(page)).toBe('ar Arabic (ar)');
    expect(await page.getByText('Detected from the text: Arabic (ar).').count()).toBe(1);
    await screenshot(page, 'language-add-arabic');
    await expectNoAxeViolations(page, 'add article with an Arabic text and its language');
    await page.getByRole('button', { name: 'Add article' }).click();

    await page.getByTestId('article-language').waitFor();
    expect(await page.getByTestId('article-language').textContent()).toBe('Arabic (ar)');
    const firstParagraph = page.locator('[data-article-text] p[data-start]').first();
    expect(await firstParagraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    // The words say they are Arabic (screen readers switch voice); the page around stays English.
    expect(await page.locator('[data-article-text]').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const [stored] = await readStore<{ id: string; language: string }>(page, 'articles').then(
      (articles) => articles.filter((article) => article.language === 'ar'),
    );
    expect(stored?.language).toBe('ar');

    // Two annotations: "الجيش" (the army) and "المسلحين" (the gunmen).
    await dragSelect(page, ARABIC, 'الجيش');
    await page.keyboard.press('1');
    await nameAnnotatorIfAsked(page, 'Rana');
    await dragSelect(page, ARABIC, 'المسلحين');
    await page.keyboard.press('2');
    await expect
      .poll(async () => (await readStore(page, 'annotations')).length, { timeout: 20_000 })
      .toBe(2);

    // The quote in the editor is isolated: the English quote marks keep their places (left
    // “, right ”) instead of being mirrored by a right-to-left paragraph around them.
    const quote = page.getByTestId('selected-quote');
    expect(await quote.textContent()).toBe('المسلحين');
    expect(await quote.evaluate((element) => element.tagName)).toBe('BDI');
    expect(
      await quote.evaluate(
        (element) => getComputedStyle(element.parentElement as Element).direction,
      ),
    ).toBe('ltr');

    // Highlights are ranges over the text, never elements wrapped around words.
    const paragraphs = page.locator('[data-article-text] p[data-start]');
    const shapes = await paragraphs.evaluateAll((elements) =>
      elements.map((p) => ({
        children: p.children.length,
        textNodes: [...p.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).length,
      })),
    );
    expect(shapes.length).toBe(2);
    for (const shape of shapes) expect(shape).toEqual({ children: 0, textNodes: 1 });
    // Every painted range covers one annotation's words (the selected one is painted twice:
    // its label's highlight and the selection's).
    await expect
      .poll(async () => [...new Set(Object.values(await paintedHighlights(page)).flat())].sort())
      .toEqual(['الجيش', 'المسلحين'].sort());
    await page.keyboard.press('Escape');
    await screenshot(page, 'language-arabic-highlights');

    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('list', { name: 'Articles' }).waitFor();
    const row = page.locator(`[data-article-id="${stored?.id}"]`);
    expect(await row.getByTestId('article-language').textContent()).toBe('Arabic');

    await page.goto(appUrl(`#/exchange/article/${stored?.id}`));
    await page.getByRole('radio', { name: /W3C Web Annotation/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download / }).click(),
    ]);
    const collection = JSON.parse(await readDownload(download)) as {
      first: { items: { target: { language?: string } }[] };
    };
    expect(collection.first.items.map((item) => item.target.language)).toEqual(['ar', 'ar']);
  }, 180_000);

  test('French pasted: detected as fr; a language chosen by hand is kept', async () => {
    session = await openApp('#/');
    const { page } = session;
    await fillArticle(page, 'Retrait', FRENCH);
    await expect.poll(() => chosenLanguage(page)).toBe('fr French (fr)');
    await languageField(page).selectOption('it');
    // More text does not undo the person's choice.
    await page.getByLabel('Article text').fill(`${FRENCH} ${FRENCH}`);
    expect(await chosenLanguage(page)).toBe('it Italian (it)');
    await languageField(page).selectOption('fr');
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByTestId('article-language').waitFor();
    expect(await page.getByTestId('article-language').textContent()).toBe('French (fr)');
  }, 120_000);
});
