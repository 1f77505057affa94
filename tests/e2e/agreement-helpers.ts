import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appUrl } from './harness';

/*
 * Steps of the agreement flow a person takes through the UI contract of issue 15: importing
 * annotators' files, reading the CSS highlights of the disagreement map, naming the curator.
 */

const fixtureDir = join('tests', 'e2e', 'fixtures', 'agreement-flow');

export interface FixtureArticle {
  id: string;
  title: string;
  text: string;
}

interface FixtureFile {
  articles: FixtureArticle[];
}

function fixturePath(name: string): string {
  return join(fixtureDir, name);
}

export function fixtureArticles(name: string): FixtureArticle[] {
  return (JSON.parse(readFileSync(fixturePath(name), 'utf8')) as FixtureFile).articles;
}

/** Imports one annotation file through "Import annotations" on the Import & export page. */
export async function importAnnotationFile(page: Page, name: string): Promise<void> {
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByLabel('Annotation file').setInputFiles(fixturePath(name));
  await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

/** The text of every range of each painted map highlight, sorted, by highlight name. */
export async function mapHighlights(
  page: Page,
): Promise<{ contested: string[]; agreed: string[]; byName: Record<string, string[]> }> {
  return page.evaluate(() => {
    const byName: Record<string, string[]> = {};
    const contested: string[] = [];
    const agreed: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      const texts = [...highlight].map((range) => range.toString());
      byName[name] = [...texts].sort();
      if (name.startsWith('fl-map-contested-')) contested.push(...texts);
      if (name.startsWith('fl-map-agreed-')) agreed.push(...texts);
    });
    return { contested: contested.sort(), agreed: agreed.sort(), byName };
  });
}

/** Gives `name` in the "Your name" dialog ("Continue"), which must open. */
export async function giveName(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Your name', { exact: true });
  await field.waitFor({ timeout: 30_000 });
  await field.fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Waits until the text of `read()` contains `expected`; on failure shows what the page reads. */
export async function expectText(
  page: Page,
  read: () => Promise<string>,
  expected: string | RegExp,
): Promise<void> {
  await expect
    .poll(read)
    .toMatch(expected)
    .catch(async (error: unknown) => {
      const main = await page
        .locator('main')
        .innerText({ timeout: 1000 })
        .catch(() => '(no main)');
      throw new Error(`${String(error)}\nThe page reads:\n${main}`);
    });
}
