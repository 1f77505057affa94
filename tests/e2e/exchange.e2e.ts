import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { exportKindInfos } from '../../src/domain/exchange/registry/kind-info';
import { appUrl, openApp, readDownload, readStore, screenshot, type AppSession } from './harness';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  paintedHighlights,
  seedByOutlet,
} from './reader-helpers';

interface StoredAnnotation {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  labelId: string;
  deleted: number;
  status: string;
}

const sessions: AppSession[] = [];
let dialogs: string[] = [];

async function open(path = '#/'): Promise<AppSession> {
  const session = await openApp(path);
  sessions.push(session);
  session.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return session;
}

afterEach(async () => {
  try {
    for (const session of sessions) {
      expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
      expect(session.problems, 'no console errors, exceptions or CSP violations').toEqual([]);
    }
    expect(dialogs, 'nothing imported may open a dialog').toEqual([]);
  } finally {
    for (const session of sessions.splice(0)) await session.close();
    dialogs = [];
  }
});

const rt = seedByOutlet('RT');
const badDir = join('tests', 'fixtures', 'bad');
const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Every object store of the app's database, read through the raw IndexedDB API. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('framelens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              dump[name] = all.result as unknown[];
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(dump);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

async function gotoExchange(page: Page): Promise<void> {
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByTestId('export-summary').waitFor();
}

async function chooseImportFile(
  page: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'application/json',
): Promise<void> {
  await page.getByLabel('Annotation file').setInputFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

async function downloadExport(page: Page, format: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download / }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

const liveAnnotations = async (page: Page) =>
  (await readStore<StoredAnnotation>(page, 'annotations')).filter(
    (a) => !a.deleted && a.status === 'accepted',
  );

describe('export and import through the UI', () => {
  test('annotate, export (FrameLens and W3C), import into an empty browser: same annotations in the reader', async () => {
    const { page } = await open('#/');
    await openSeedArticle(page, 'RT');
    await dragSelect(page, rt.text, 'terrorist group');
    await page.keyboard.press('1');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(1);
    await dragSelect(page, rt.text, 'admitted');
    await page.keyboard.press('4');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(2);
    const made = (await liveAnnotations(page)).sort((a, b) => a.start - b.start);

    await page.getByRole('link', { name: 'Export annotations' }).click();
    await page.getByRole('radio', { name: /This article/ }).waitFor();
    expect(await page.getByRole('radio', { name: /This article/ }).isChecked()).toBe(true);
    await expect
      .poll(() => page.getByTestId('export-summary').textContent())
      .toBe('2 annotations in 1 article');
    await screenshot(page, 'exchange-export');
    // The menu is the registry's list of exportable kinds: each one's name, nothing else.
    const formats = page.getByRole('group', { name: 'Format' }).getByRole('radio');
    expect(await formats.count()).toBe(exportKindInfos().length);
    for (const info of exportKindInfos()) {
      expect(await page.getByRole('radio', { name: info.name }).count(), info.id).toBe(1);
    }

    const native = await downloadExport(page, /FrameLens JSON/);
    expect(native.name).toBe(
      // Named after the person (Ada), then what it holds (outlet, the title's first words).
      `framelens-ada-rt-syrian-military-outlines-response-to-annotations-${today()}.json`,
    );
    const nativeFile = JSON.parse(native.text) as { format: string; annotations: unknown[] };
    expect(nativeFile.format).toBe('framelens');
    expect(nativeFile.annotations).toHaveLength(2);

    const w3c = await downloadExport(page, /W3C Web Annotation/);
    expect(w3c.name).toMatch(/^framelens-ada-rt-.*-annotations-\d{4}-\d\d-\d\d\.jsonld$/);
    const collection = JSON.parse(w3c.text) as {
      '@context': unknown;
      type: string;
      total: number;
      first: {
        type: string;
        items: { type: string; target: { selector: { exact?: string }[] } }[];
      };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(JSON.stringify(collection['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(2);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items.map((item) => item.target.selector[0]?.exact).sort()).toEqual([
      'admitted',
      'terrorist group',
    ]);

    // "Wipe": a second browser profile with its own, fresh database.
    const other = (await open('#/exchange')).page;
    await other.getByTestId('export-summary').waitFor();
    await chooseImportFile(other, native.name, native.text);
    const preview = other.getByTestId('import-preview');
    await preview.waitFor();
    expect(await other.getByTestId('count-new').textContent()).toBe('2');
    expect(await other.getByTestId('count-orphaned').textContent()).toBe('0');
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await other.getByTestId('import-done').waitFor();
    const imported = (await liveAnnotations(other)).sort((a, b) => a.start - b.start);
    expect(imported).toEqual(made);

    // Importing the same file again changes nothing.
    const before = await dumpDatabase(other);
    await other.getByRole('button', { name: 'Import another file' }).click();
    await chooseImportFile(other, native.name, native.text);
    await preview.waitFor();
    expect(await other.getByTestId('count-new').textContent()).toBe('0');
    expect(await other.getByTestId('count-unchanged').textContent()).toBe('2');
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await other.getByTestId('import-done').waitFor();
    expect(await dumpDatabase(other)).toEqual(before);

    await openSeedArticle(other, 'RT');
    await other.getByLabel('Show everyone’s annotations').check();
    const labelHighlights = async () =>
      Object.entries(await paintedHighlights(other))
        .filter(([name]) => name.startsWith('fl-label-'))
        .flatMap(([, texts]) => texts)
        .sort();
    await expect.poll(labelHighlights).toEqual(['admitted', 'terrorist group']);
  });
});

const refused: [string, string][] = [
  ['empty.json', 'The file is empty: there is nothing to import.'],
  ['truncated.json', 'it ends unexpectedly at line 29, column 18 (is it truncated?)'],
  ['array-instead-of-object.json', 'The file holds a JSON list ([ … ])'],
  ['unknown-format.json', 'FrameLens does not recognise "unknown-format.json"'],
  ['future-version.json', 'made by a newer FrameLens (version 2)'],
  [
    'unknown-article-no-text.json',
    'articles[0] ("Aleppo offensive") has no text and is not in your library',
  ],
  ['offsets-out-of-range.json', 'annotations[1].end (120) is past the end of article "art-1"'],
  ['end-before-start.json', 'annotations[1].end (120) is before start (140)'],
  [
    'duplicate-id-different-content.json',
    'is used twice with different content (also by annotations[0])',
  ],
  ['non-utf8.bin', 'The file is not UTF-8 text (byte 37 is not valid UTF-8)'],
  ['csv-missing-columns.csv', 'The corpus CSV is missing the column text'],
];

describe('bad files', () => {
  test('each is refused with a message saying what and where, and the database is unchanged', async () => {
    const { page } = await open('#/');
    await gotoExchange(page);
    const before = await dumpDatabase(page);
    const files: [string, string | Buffer, string][] = refused.map(([name, message]) => [
      name,
      readFileSync(join(badDir, name)),
      message,
    ]);
    files.push([
      'deep.json',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      'The JSON is nested too deeply (more than 100 levels) at character 101',
    ]);
    for (const [name, content, message] of files) {
      await chooseImportFile(page, name, content);
      const error = page.getByTestId('import-error');
      await expect.poll(() => error.textContent(), { timeout: 30_000 }).toContain(message);
      expect(await error.textContent()).toContain(`${name} was not imported. Nothing was changed.`);
    }
    expect(await dumpDatabase(page)).toEqual(before);
  });

  test('odd but valid files: HTML stays text, bad links are dropped with a note, BOM accepted, unknown label offered', async () => {
    const { page } = await open('#/');
    await gotoExchange(page);

    await chooseImportFile(page, 'bad-urls.json', readFileSync(join(badDir, 'bad-urls.json')));
    const warnings = page.getByTestId('import-warnings');
    await expect
      .poll(() => warnings.textContent())
      .toContain('dropped the link "javascript:alert(document.cookie)"');
    await page.getByRole('button', { name: 'Discard' }).click();

    await chooseImportFile(page, 'bom.json', readFileSync(join(badDir, 'bom.json')));
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: 'Discard' }).click();

    await chooseImportFile(page, 'proto-keys.json', readFileSync(join(badDir, 'proto-keys.json')));
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: 'Discard' }).click();

    // A Label Studio file whose label "Euphemism" is not in the codebook: skip it.
    const studio = readFileSync(join(badDir, 'label-studio-unknown-label.json'));
    await chooseImportFile(page, 'label-studio-unknown-label.json', studio);
    await page.getByRole('radiogroup', { name: 'What to do with the label Euphemism' }).waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('2');
    await page.locator('#import').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'exchange-import-preview');
    await page.getByRole('radio', { name: 'Skip these annotations' }).check();
    expect(await page.getByTestId('count-new').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor();
    expect((await liveAnnotations(page)).map((a) => a.exact)).toEqual(['regime']);

    // HTML in every string field: imported, and shown as text (nothing runs: see afterEach).
    const html = readFileSync(join(badDir, 'html-in-strings.json'));
    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseImportFile(page, 'html-in-strings.json', html);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toContain(
      "<script>alert('outlet')</script> News",
    );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor();
    await page.goto(appUrl('#/'));
    const title = page.getByText('<h1>Title</h1><script>alert(1)</script>');
    await title.click();
    await page.locator('[data-article-text] p').first().waitFor();
    expect(await page.locator('[data-article-text]').textContent()).toContain(
      '<script>alert("x")</script> terrorists <img src=x onerror=alert(1)>',
    );
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
  });

  test('100,000 annotations (a 55 MB file): progress, Cancel writes nothing, then it all lands', async () => {
    const { page } = await open('#/');
    await gotoExchange(page);
    const at = rt.text.indexOf('terrorist group');
    const articleId = (await readStore<{ id: string; title: string }>(page, 'articles')).find(
      (article) => article.title === rt.title,
    )?.id;
    const hash = (await readStore<{ id: string; textHash: string }>(page, 'articles')).find(
      (article) => article.id === articleId,
    )?.textHash;
    const exportFile = (noteLength: number) => {
      const annotations = Array.from({ length: 100_000 }, (_, i) => ({
        id: `0192f3a4-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
        articleId: 'rt',
        start: at,
        end: at + 'terrorist group'.length,
        exact: 'terrorist group',
        prefix: rt.text.slice(Math.max(0, at - 32), at),
        suffix: rt.text.slice(at + 15, at + 47),
        labelId: 'actor-label',
        target: 'hts',
        valence: -2,
        voice: 'own',
        note: `Student note ${i}: ${'x'.repeat(noteLength)}`,
        annotatorId: 'student',
        status: 'accepted',
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
        deleted: 0,
      }));
      return JSON.stringify({
        format: 'framelens',
        version: 1,
        exportedAt: '2026-11-23T12:00:00.000Z',
        source: 'FrameLens',
        outlets: [{ id: 'o', name: 'RT' }],
        articles: [
          {
            id: 'rt',
            outletId: 'o',
            title: rt.title,
            url: null,
            published: '2024-11-30',
            language: 'en',
            textHash: hash,
            wordCount: 1,
            source: 'seed',
            addedAt: '2026-11-20T09:00:00.000Z',
          },
        ],
        annotations,
        annotators: [{ id: 'student', name: 'Student', role: 'student' }],
      });
    };
    const file = exportFile(150);
    expect(Buffer.byteLength(file)).toBeGreaterThan(50 * 1024 * 1024);
    expect(Buffer.byteLength(file)).toBeLessThan(60 * 1024 * 1024);
    const before = await dumpDatabase(page);

    // Over 50 MB cannot travel as a buffer: it goes through a temporary file.
    const dir = await mkdtemp(join(tmpdir(), 'framelens-large-'));
    const path = join(dir, 'class.json');
    // First a file over the 60 MB limit: refused before it is parsed.
    await writeFile(path, exportFile(300));
    await page.getByLabel('Annotation file').setInputFiles(path);
    await expect
      .poll(() => page.getByTestId('import-error').textContent(), { timeout: 120_000 })
      .toMatch(/The file is 6\d\.\d MB; FrameLens imports files of at most 60\.0 MB\./);
    await writeFile(path, file);
    await page.getByLabel('Annotation file').setInputFiles(path);
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-preview').waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('count-new').textContent()).toBe('100,000');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('import-progress').textContent(), { timeout: 120_000 })
      .toMatch(/^Writing [\d,]+ of 100,00[0-9] records/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('import-cancelled').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-cancelled').textContent()).toBe(
      'The import was cancelled: nothing was written.',
    );
    expect(await dumpDatabase(page)).toEqual(before);

    // Then the whole file lands, in one transaction.
    await page.getByLabel('Annotation file').setInputFiles(path);
    await page.getByTestId('import-preview').waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('import-done').textContent()).toContain(
      '100,000 new annotations',
    );
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
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
    expect(stored).toBe(100_000);
    await rm(dir, { recursive: true, force: true });
    // Well under a minute on a quiet 2-core machine; the limits only catch a hang.
  }, 900_000);
});

describe('orphaned annotations', () => {
  test('an annotation whose words are not in the text is kept as an orphan and re-attached by hand', async () => {
    const { page } = await open('#/');
    await gotoExchange(page);
    const articles = await readStore<{ id: string; title: string; textHash: string }>(
      page,
      'articles',
    );
    const article = articles.find((candidate) => candidate.title === rt.title);
    const file = {
      format: 'framelens',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      source: 'FrameLens',
      outlets: [{ id: 'o', name: 'RT' }],
      articles: [
        {
          id: 'rt',
          outletId: 'o',
          title: rt.title,
          url: null,
          published: '2024-11-30',
          language: 'en',
          textHash: article?.textHash,
          wordCount: 1,
          source: 'seed',
          addedAt: '2026-11-20T09:00:00.000Z',
        },
      ],
      annotations: [
        {
          id: '0192f3a4-0000-7000-8000-00000000beef',
          articleId: 'rt',
          start: 10,
          end: 24,
          exact: 'terrorist band',
          prefix: 'the Hayat Tahrir-al-Sham (HTS) ',
          suffix: ', an offshoot of Jabhat al-Nusra',
          labelId: 'actor-label',
          target: 'hts',
          valence: -2,
          voice: 'own',
          note: 'from a student',
          annotatorId: 'student',
          status: 'accepted',
          createdAt: '2026-11-20T10:00:00.000Z',
          updatedAt: '2026-11-20T10:00:00.000Z',
          deleted: 0,
        },
      ],
      annotators: [{ id: 'student', name: 'Student', role: 'student' }],
    };
    await chooseImportFile(page, 'student.json', JSON.stringify(file));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('count-orphaned').textContent()).toBe('1');
    expect(await page.getByTestId('preview-orphans').textContent()).toContain('terrorist band');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor();
    expect(await readStore(page, 'annotations')).toEqual([]);

    const orphans = page.getByRole('list', { name: 'Orphaned annotations' });
    await orphans.getByRole('button', { name: 'Re-attach…' }).click();
    const form = page.getByRole('form', { name: 'Re-attach “terrorist band”' });
    expect(await form.getByLabel('Article').inputValue()).toBe(article?.id);
    await form.getByText('does not occur in this article').waitFor();
    await form.getByLabel('Words').fill('terrorist group');
    const second = rt.text.indexOf('terrorist group', rt.text.indexOf('terrorist group') + 1);
    await form.getByRole('radio').nth(1).check();
    await page.locator('#orphans').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'exchange-reattach');
    await form.getByRole('button', { name: 'Attach here' }).click();
    await page.getByTestId('no-orphans').waitFor();
    const [stored] = await readStore<StoredAnnotation & { note: string }>(page, 'annotations');
    expect(stored).toMatchObject({
      id: '0192f3a4-0000-7000-8000-00000000beef',
      articleId: article?.id,
      start: second,
      end: second + 'terrorist group'.length,
      exact: 'terrorist group',
      note: 'from a student',
    });
  });
});

describe('articles from files', () => {
  test('an HTML file with <script> and <img onerror> becomes a plain-text article in the library', async () => {
    const { page } = await open('#/');
    await gotoExchange(page);
    const html = `<!doctype html><html><head>
      <title>Shelling reported near Idlib</title>
      <meta property="og:site_name" content="Example Daily">
      <script>window.__xss = 'head'; alert('head')</script>
      <link rel="stylesheet" href="https://evil.example/style.css">
    </head><body>
      <nav>Home | World | Sport</nav>
      <article>
        <h1>Shelling reported near Idlib</h1>
        <p>Government forces <b>shelled</b> villages near Idlib, a monitor said.</p>
        <img src="x" onerror="window.__xss = 'img'; alert('img')">
        <img src="https://evil.example/pixel.png" alt="">
        <script>window.__xss = 'body'</script>
        <p>Rebels said the attack killed civilians.<br>The army denied it.</p>
      </article>
    </body></html>`;
    await page.getByLabel('Article files').setInputFiles([
      { name: 'idlib.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      {
        name: 'notes.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('# A markdown note\n\nMilitants advanced.'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('  ') },
    ]);
    const rows = page.getByRole('list', { name: 'Articles to add' });
    await rows.waitFor();
    expect(await page.getByTestId('corpus-problems').textContent()).toContain(
      'empty.txt: The file is empty.',
    );
    const htmlRow = rows.getByRole('listitem', { name: 'idlib.html' });
    expect(await htmlRow.getByLabel('Title').inputValue()).toBe('Shelling reported near Idlib');
    expect(await htmlRow.getByLabel('Outlet').inputValue()).toBe('Example Daily');
    const mdRow = rows.getByRole('listitem', { name: 'notes.md' });
    expect(await mdRow.getByLabel('Title').inputValue()).toBe('A markdown note');
    await page.locator('#corpus').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'exchange-corpus');
    await page.getByRole('button', { name: 'Add 2 articles' }).click();
    await expect
      .poll(() => page.getByText('Fill in the outlet, title and language').count())
      .toBe(1);
    await mdRow.getByLabel('Outlet').fill('Notes');
    await page.getByRole('button', { name: 'Add 2 articles' }).click();
    await page.getByTestId('corpus-done').waitFor();
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();

    await page.getByRole('link', { name: 'Shelling reported near Idlib' }).click();
    await page.locator('[data-article-text] p').first().waitFor();
    expect(await page.locator('[data-article-text] p').allTextContents()).toEqual([
      'Shelling reported near Idlib',
      'Government forces shelled villages near Idlib, a monitor said.',
      'Rebels said the attack killed civilians.',
      'The army denied it.',
    ]);

    // The same files again: reported as duplicates and skipped.
    await gotoExchange(page);
    await page
      .getByLabel('Article files')
      .setInputFiles([{ name: 'idlib.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
    expect(await page.getByTestId('corpus-duplicate').textContent()).toContain(
      'Already in the library as “Shelling reported near Idlib”',
    );
    expect(await page.getByRole('button', { name: 'Add 0 articles' }).isDisabled()).toBe(true);
  });
});

describe('backup and restore', () => {
  test('download a backup, change the library, restore (after confirming): the backup’s data is back', async () => {
    const { page } = await open('#/settings');
    await page.getByTestId('last-backup').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backupName = download.suggestedFilename();
    const backup = await readDownload(download);
    const saved = JSON.parse(backup) as { tables: Record<string, unknown[]> };
    await expect.poll(() => page.getByTestId('last-backup').textContent()).not.toBe('Never');

    // Change the library: a corpus CSV adds two articles.
    await gotoExchange(page);
    await page.getByLabel('Annotation file').setInputFiles({
      name: 'corpus.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(badDir, 'csv-formula-cells.csv')),
    });
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor();
    expect(saved.tables.articles).toHaveLength(5);
    const titles = (await readStore<{ title: string }>(page, 'articles')).map((a) => a.title);
    expect(titles).toHaveLength(7);
    // Cells that begin with = + @ are data: stored literally, never evaluated.
    expect(titles).toEqual(expect.arrayContaining(['=1+2', '+44 title']));

    await page.goto(appUrl('#/settings'));
    await page.getByLabel('Backup file').setInputFiles({
      name: backupName,
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.waitFor();
    const counts = await dialog.getByTestId('restore-counts').textContent();
    // Articles: 7 now, 5 in the backup.
    expect(counts).toContain('Articles75');
    await screenshot(page, 'exchange-restore-confirm');
    // Cancel first: nothing changes.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await readStore(page, 'articles')).toHaveLength(7);

    await page.getByLabel('Backup file').setInputFiles({
      name: backupName,
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => page.getByTestId('restore-status').textContent()).toContain('Restored');
    const after = await dumpDatabase(page);
    for (const table of [
      'outlets',
      'articles',
      'annotations',
      'codebooks',
      'lexicon',
      'annotators',
    ]) {
      expect(after[table], table).toEqual(saved.tables[table]);
    }

    // A file that is not a backup is refused and changes nothing.
    const restored = await dumpDatabase(page);
    await page.getByLabel('Backup file').setInputFiles({
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: readFileSync(join(badDir, 'truncated.json')),
    });
    await expect
      .poll(() => page.getByTestId('restore-error').textContent())
      .toContain('The file is not valid JSON');
    expect(await dumpDatabase(page)).toEqual(restored);
  });
});
