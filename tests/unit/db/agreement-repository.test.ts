import { describe, expect, test } from 'vitest';
import {
  loadAgreementArticle,
  loadAgreementBase,
  loadArticleTexts,
} from '../../../src/db/repositories/agreement-repository';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import { TEXT_ONE, TEXT_TWO } from '../classroom/intake-helpers';
import { ADA, agreementLibrary, BEN, CY, GOLD, recordReads } from './agreement-fixture';
import { trackedDatabases } from './exchange-test-helpers';

const database = trackedDatabases();

const byPair = (a: { annotatorId: string; articleId: string }, b: typeof a) =>
  a.annotatorId.localeCompare(b.annotatorId) || a.articleId.localeCompare(b.articleId);

describe('the agreement read', () => {
  test('the base holds accepted live annotations, done marks, hand-ins, and no article text', async () => {
    const db = database('agreement-base');
    const reads = recordReads(db);
    const { aleppo, dawn, ceasefire } = await agreementLibrary(db);
    reads.reset();

    const base = await loadAgreementBase(db);

    // Six annotations stored; Ada's deleted "regime" and Ben's rejected suggestion are not
    // counted: 6 − 2 = 4 (Ada, Ben, Gold, Cy).
    expect(base.annotations.map((a) => [a.annotatorId, a.exact]).sort()).toEqual(
      [
        [ADA.id, 'terrorists'],
        [BEN.id, 'Rebels'],
        [CY.id, 'foreign plot'],
        [GOLD.id, 'terrorists'],
      ].sort(),
    );
    expect(base.annotators.map((a) => a.id).sort()).toEqual(
      [ADA, BEN, CY, GOLD].map((a) => a.id).sort(),
    );
    // Cy marked only Aleppo done; Cy's hand-in covers both articles of the assignment.
    expect(base.doneMarks).toEqual([{ annotatorId: CY.id, articleId: aleppo }]);
    expect([...base.submitted].sort(byPair)).toEqual(
      [
        { annotatorId: CY.id, articleId: aleppo },
        { annotatorId: CY.id, articleId: dawn },
      ].sort(byPair),
    );
    // The three articles as cards: titles and outlets, never their texts.
    expect(base.articles.map((card) => card.id).sort()).toEqual([aleppo, dawn, ceasefire].sort());
    for (const card of base.articles) expect(card).not.toHaveProperty('text');
    expect(base.outlets.map((outlet) => outlet.name).sort()).toEqual([
      'Example Wire',
      'State Daily',
    ]);
    // No codebook stored: the default one's labels and actors.
    expect(base.labels).toEqual(defaultCodebook.labels);
    expect(base.actors).toEqual(defaultCodebook.actors);
    // The store that holds the texts is not touched.
    expect(reads.articleKeys).toEqual([]);
    expect(reads.articleQueries).toBe(0);
  });

  test('texts are read for the articles asked for only', async () => {
    const db = database('agreement-texts');
    const reads = recordReads(db);
    const { aleppo, dawn } = await agreementLibrary(db);
    reads.reset();

    const texts = await loadArticleTexts([dawn, 'no-such-article'], db);

    expect([...texts]).toEqual([[dawn, TEXT_TWO]]);
    expect(reads.articleKeys).toEqual([dawn, 'no-such-article']);
    expect(reads.articleKeys).not.toContain(aleppo);
  });

  test("one article's read: that article, its counted annotations and who coded it, nothing else", async () => {
    const db = database('agreement-article');
    const reads = recordReads(db);
    const { aleppo, dawn } = await agreementLibrary(db);
    reads.reset();

    const source = await loadAgreementArticle(aleppo, db);

    expect(source?.article.text).toBe(TEXT_ONE);
    // On Aleppo: Ada's and Gold's "terrorists" (Ada's "regime" deleted, Ben's rejected).
    expect(source?.annotations.map((a) => a.annotatorId).sort()).toEqual([ADA.id, GOLD.id].sort());
    expect(source?.doneMarks).toEqual([{ annotatorId: CY.id, articleId: aleppo }]);
    // Cy's hand-in, on this article only (Dawn left out).
    expect(source?.submitted).toEqual([{ annotatorId: CY.id, articleId: aleppo }]);
    expect(reads.articleKeys).toEqual([aleppo]);
    expect(reads.articleQueries).toBe(0);
    expect(reads.stores.has('articleCards')).toBe(false);
    expect(await loadAgreementArticle('no-such-article', db)).toBeNull();
    expect(reads.articleKeys).not.toContain(dawn);
  });
});
