import { execFile } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { readDownload, readStore } from './harness';
import { dragSelect, nameAnnotatorIfAsked } from './reader-helpers';

/*
 * Steps of the classroom flow a person takes through the UI contract of issue 14: opening
 * classroom files, annotating with the mouse, reading tables, downloading and printing.
 */

export interface DownloadedFile {
  name: string;
  text: string;
  /** Where the file was saved, to be opened in another browser profile. */
  path: string;
}

/** Clicks a button that downloads a file, saves the file under `dir` with its suggested name. */
export async function downloadBy(
  page: Page,
  button: Locator,
  dir: string,
): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = download.suggestedFilename();
  const text = await readDownload(download);
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return { name, text, path };
}

/** The `<section>` (or any landmark) whose heading reads `name`. */
export function sectionHeaded(page: Page, name: string): Locator {
  return page
    .locator('section, [role="region"]')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
    .last();
}

/**
 * Opens classroom files on the Classroom page as a person does: picks them in "Open classroom
 * files", gives a name when asked, checks the preview lists every file, opens them. Afterwards
 * a status line starts "Opened", or (a single assignment file) its page opens at `goesTo`.
 */
export async function openClassroomFiles(
  page: Page,
  files: DownloadedFile[],
  personName: string | null,
  goesTo?: string,
): Promise<void> {
  await page.getByLabel('Open classroom files').setInputFiles(files.map((file) => file.path));
  if (personName !== null) {
    const nameField = page.getByLabel('Your name', { exact: true });
    await nameField.waitFor({ timeout: 30_000 });
    await nameField.fill(personName);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page
    .getByRole('heading', { name: 'Check the files before opening them' })
    .waitFor({ timeout: 30_000 });
  for (const file of files) {
    await expect
      .poll(() => page.getByRole('listitem').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining(file.name)]));
  }
  const count = files.length;
  await page
    .getByRole('button', { name: new RegExp(`^Open ${count} files?$`) })
    .click({ timeout: 30_000 });
  if (goesTo !== undefined) {
    await page.waitForURL(goesTo, { timeout: 30_000 });
    return;
  }
  await expect
    .poll(() => page.getByRole('status').allInnerTexts(), {
      message: 'a status line starting "Opened"',
    })
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Opened/)]))
    .catch(async (error: unknown) => {
      throw new Error(
        `${String(error)}\nThe page reads:\n${await page.locator('main').innerText()}`,
      );
    });
}

interface StoredAnnotation {
  start: number;
  end: number;
  exact: string;
  labelId: string;
  target: string | null;
  voice: string | null;
  valence: number | null;
  note: string;
  deleted: number | boolean;
  status: string;
}

export interface SpanChoice {
  needle: string;
  /** The label's key in the default codebook (1 Actor label … 6 Casualty framing). */
  key: string;
  target?: string;
  voice?: 'Own' | 'Quoted' | 'Attributed';
  /** As the editor writes it: "−2", "−1", "0", "+1", "+2". */
  valence?: '−2' | '−1' | '0' | '+1' | '+2';
  note?: string;
}

const valenceValues = { '−2': -2, '−1': -1, '0': 0, '+1': 1, '+2': 2 } as const;

/** The live annotation stored for a span, or undefined. */
async function storedSpan(page: Page, start: number, end: number) {
  const all = await readStore<StoredAnnotation>(page, 'annotations');
  return all.find(
    (annotation) =>
      !annotation.deleted &&
      annotation.status === 'accepted' &&
      annotation.start === start &&
      annotation.end === end,
  );
}

/**
 * Marks a span with the real mouse and a label key, then makes the editor's choices the
 * person makes (target, voice, valence, note) and waits until each is stored. `firstName`: the
 * person's first annotation, which asks who is annotating.
 */
export async function annotate(
  page: Page,
  text: string,
  choice: SpanChoice,
  firstName?: string,
): Promise<void> {
  const span = await dragSelect(page, text, choice.needle);
  await expect
    .poll(() =>
      page
        .getByTestId('pending-selection')
        .innerText({ timeout: 250 })
        .catch(() => ''),
    )
    .toContain(choice.needle.slice(0, 10));
  await page.keyboard.press(choice.key);
  if (firstName !== undefined) await nameAnnotatorIfAsked(page, firstName);
  await expect
    .poll(async () => (await storedSpan(page, span.start, span.end))?.exact)
    .toBe(choice.needle);
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  if (choice.target !== undefined) {
    await editor.getByLabel('Target (who the word is about)').selectOption(choice.target);
    await expect
      .poll(async () => (await storedSpan(page, span.start, span.end))?.target)
      .toBe(choice.target);
  }
  if (choice.voice !== undefined) {
    // A controlled radio shows the stored voice: it turns checked once the write lands.
    await editor.getByRole('radio', { name: new RegExp(`^${choice.voice}`) }).click();
    await expect
      .poll(async () => (await storedSpan(page, span.start, span.end))?.voice)
      .toBe(choice.voice.toLowerCase());
  }
  if (choice.valence !== undefined) {
    await editor.locator('label', { hasText: choice.valence }).click();
    await expect
      .poll(async () => (await storedSpan(page, span.start, span.end))?.valence)
      .toBe(valenceValues[choice.valence]);
  }
  if (choice.note !== undefined) {
    await editor.getByLabel('Note').fill(choice.note);
    await editor.getByLabel('Note').blur();
    await expect
      .poll(async () => (await storedSpan(page, span.start, span.end))?.note)
      .toBe(choice.note);
  }
}

/** Every row of a table as the text of its cells (header rows included), as a person reads it. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      ),
    ),
  );
}

/** The text of the cell in the row headed `rowName` under the column headed `columnName`. */
export function cellOf(rows: string[][], rowName: string, columnName: string): string {
  const header = rows.find((row) => row.some((cell) => cell.startsWith(columnName)));
  const column = header?.findIndex((cell) => cell.startsWith(columnName)) ?? -1;
  if (column === -1) throw new Error(`no column headed "${columnName}" in ${JSON.stringify(rows)}`);
  const row = rows.find((cells) => cells[0] === rowName || cells[0]?.startsWith(`${rowName} `));
  if (!row) throw new Error(`no row headed "${rowName}" in ${JSON.stringify(rows)}`);
  return row[column] ?? '';
}

/** A percentage as the contract shows it: no decimals ("67%"), "—" when undefined. */
export function asPercent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

/** Parses CSV text (RFC 4180 quoting) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((value) => value !== ''));
}

/** A CSV score cell as a share: "33%", "33.3", "0.333" all read as one third. */
export function csvShare(cell: string): number | null {
  const trimmed = cell.trim();
  if (trimmed === '' || trimmed === '—') return null;
  const number = Number(trimmed.replace('%', ''));
  if (Number.isNaN(number)) throw new Error(`not a score: "${cell}"`);
  return trimmed.endsWith('%') || number > 1 ? number / 100 : number;
}

const run = promisify(execFile);

/**
 * Clicks a print button with the browser's print dialog stubbed, prints the page to PDF as
 * Chromium does for print media, and turns the first page into a PNG to look at.
 * Returns the PDF's text.
 */
export async function printToPdf(page: Page, button: Locator, name: string): Promise<string> {
  // The app calls print() once the printout is ready: that is when to take the PDF.
  await page.evaluate(() => {
    (window as Window & { printed?: boolean }).printed = false;
    window.print = () => {
      (window as Window & { printed?: boolean }).printed = true;
    };
  });
  await button.click();
  await page.waitForFunction(
    () => (window as Window & { printed?: boolean }).printed === true,
    null,
    {
      timeout: 30_000,
    },
  );
  // "flow-": other classroom tests print their own PDFs into test-results/.
  const pdfPath = join('test-results', `flow-${name}.pdf`);
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  const pngBase = join('test-results', `flow-${name}-1`);
  await run('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    pngBase,
  ]);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await copyFile(`${pngBase}.png`, join('docs', 'screenshots', `${name}-1.png`));
  }
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-']);
  return stdout;
}
