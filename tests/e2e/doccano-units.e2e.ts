import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildJsonl, codePointRange, SPACY_LINES } from '../unit/domain/exchange/spacy-style';
import { appUrl, checkedSessions, openApp, readDownload, readStore, screenshot } from './harness';

interface StoredAnnotation {
  articleId: string;
  start: number;
  end: number;
  exact: string;
}

interface StoredArticle {
  id: string;
  text: string;
}

const sessions = checkedSessions();

/** The words each span of SPACY_LINES must land on (written next to each span there). */
const EXPECTED_QUOTES = SPACY_LINES.flatMap((line) => line.spans.map((span) => span.words));
const TEXTS = new Set(SPACY_LINES.map((line) => line.text));

async function gotoExchange(page: Page): Promise<void> {
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByTestId('export-summary').waitFor();
}

const verdict = (page: Page) => page.getByTestId('offset-units-verdict').textContent();

describe('doccano offsets in either unit', () => {
  test(
    'a spaCy-style file: unit detected in the preview, switched, imported on the right words, exported in code points',
    { timeout: 180_000 },
    async () => {
      const session = await openApp('#/');
      sessions.push(session);
      const { page } = session;
      await gotoExchange(page);

      await page.getByLabel('Annotation file').setInputFiles({
        name: 'spacy.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(buildJsonl(SPACY_LINES, 'code-points'), 'utf8'),
      });
      await page.getByTestId('offset-units').waitFor();
      await expect.poll(() => verdict(page)).toMatch(/^Detected: Unicode code points\./);
      // "militants" at 12–21 in code points is " militant" in UTF-16 units.
      expect(await page.getByTestId('offset-units-sample').textContent()).toContain('militant');
      expect(await page.getByRole('radio', { name: /Unicode code points/ }).isChecked()).toBe(true);
      await page.getByTestId('offset-units').scrollIntoViewIfNeeded();
      await screenshot(page, 'doccano-units-preview');

      // Switch to UTF-16: the file is read again, the preview says it is the person's choice.
      await page.getByRole('radio', { name: /UTF-16 code units/ }).check();
      await expect.poll(() => verdict(page)).toMatch(/^You chose UTF-16 code units\./);
      // And back, to import it the right way.
      await page.getByRole('radio', { name: /Unicode code points/ }).check();
      await expect.poll(() => verdict(page)).toMatch(/^You chose Unicode code points\./);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByTestId('import-done').waitFor();

      const articles = (await readStore<StoredArticle>(page, 'articles')).filter((article) =>
        TEXTS.has(article.text),
      );
      expect(articles).toHaveLength(SPACY_LINES.length);
      const textOf = new Map(articles.map((article) => [article.id, article.text]));
      const imported = (await readStore<StoredAnnotation>(page, 'annotations')).filter(
        (annotation) => textOf.has(annotation.articleId),
      );
      expect(imported.map((annotation) => annotation.exact).sort()).toEqual(
        [...EXPECTED_QUOTES].sort(),
      );
      for (const annotation of imported) {
        expect(textOf.get(annotation.articleId)?.slice(annotation.start, annotation.end)).toBe(
          annotation.exact,
        );
      }

      // Export doccano in code points: the dialog names the unit, the file carries it.
      await page.getByRole('radio', { name: /doccano JSONL/ }).check();
      await page.getByRole('radio', { name: /Unicode code points/ }).check();
      await page.getByTestId('export-offset-units').scrollIntoViewIfNeeded();
      await screenshot(page, 'doccano-units-export');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Download doccano/ }).click(),
      ]);
      const lines = (await readDownload(download))
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { text: string; label: unknown; offsetUnits: string });
      expect(new Set(lines.map((line) => line.offsetUnits))).toEqual(new Set(['code-points']));
      for (const source of SPACY_LINES) {
        const line = lines.find((candidate) => candidate.text === source.text);
        // Exported sorted by start, which is file order here; offsets as Python counts them.
        expect(line?.label).toEqual(
          source.spans.map((span) => [...codePointRange(source.text, span), span.label]),
        );
      }
    },
  );

  test(
    'spans that fit both units: the person must choose before anything can be imported',
    { timeout: 120_000 },
    async () => {
      const session = await openApp('#/');
      sessions.push(session);
      const { page } = session;
      await gotoExchange(page);
      // "🌟🌟🌟 an ox is": [7, 9] is "ox" in code points and "an" in UTF-16 units (each star is
      // 1 code point, 2 units), [10, 12] is "is" or "ox": all whole words, so nothing tells the
      // unit. EUPHEMISM is not in the codebook.
      const text = '🌟🌟🌟 an ox is';
      const label = [
        [7, 9, 'Actor label'],
        [10, 12, 'EUPHEMISM'],
      ];
      await page.getByLabel('Annotation file').setInputFiles({
        name: 'ambiguous.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(`${JSON.stringify({ text, label })}\n`),
      });
      await page.getByTestId('offset-units').waitFor();
      await expect.poll(() => verdict(page)).toContain('FrameLens will not guess');
      const importButton = page.getByRole('button', { name: 'Import', exact: true });
      expect(await importButton.isDisabled()).toBe(true);
      expect(await page.getByRole('radio', { name: /UTF-16 code units/ }).isChecked()).toBe(false);
      expect(await page.getByRole('radio', { name: /Unicode code points/ }).isChecked()).toBe(
        false,
      );
      await page.getByTestId('offset-units').scrollIntoViewIfNeeded();
      await screenshot(page, 'doccano-units-ambiguous');

      const skip = page.getByRole('radio', { name: 'Skip these annotations' });
      await skip.check();
      await page.getByRole('radio', { name: /Unicode code points/ }).check();
      await expect.poll(() => verdict(page)).toMatch(/^You chose Unicode code points\./);
      // Reading the file again in the chosen unit keeps the label decision.
      expect(await skip.isChecked()).toBe(true);
      expect(await importButton.isDisabled()).toBe(false);
      await importButton.click();
      await page.getByTestId('import-done').waitFor();
      const article = (await readStore<StoredArticle>(page, 'articles')).find(
        (candidate) => candidate.text === text,
      );
      const stored = (await readStore<StoredAnnotation>(page, 'annotations')).filter(
        (annotation) => annotation.articleId === article?.id,
      );
      expect(stored.map((annotation) => annotation.exact)).toEqual(['ox']);
    },
  );
});
