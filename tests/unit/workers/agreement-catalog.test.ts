import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import {
  loadAgreementArticle,
  loadAgreementBase,
  loadArticleTexts,
} from '../../../src/db/repositories/agreement-repository';
import type { AgreementReport } from '../../../src/domain/agreement/agreement-types';
import { AgreementEngine } from '../../../src/workers/agreement/agreement-engine';
import { ADA, agreementLibrary, BEN, CY, GOLD, recordReads } from '../db/agreement-fixture';
import { trackedDatabases } from '../db/exchange-test-helpers';

const database = trackedDatabases();

function engineOn(db: FrameLensDatabase) {
  return new AgreementEngine(
    {
      base: () => loadAgreementBase(db),
      texts: (ids) => loadArticleTexts(ids, db),
      article: (id) => loadAgreementArticle(id, db),
    },
    {
      computeAgreement: () => ({}) as AgreementReport,
      disagreementMap: (_, articleId) => ({ articleId, annotators: [], runs: [], contested: [] }),
      curationGroups: () => [],
    },
  );
}

describe('the agreement catalog, from the database', () => {
  test('every annotator who coded something, with the articles coded and gold marked', async () => {
    const db = database('agreement-catalog');
    const { aleppo, dawn } = await agreementLibrary(db);

    const { catalog } = await engineOn(db).agreement({
      version: 'v1',
      selection: { annotatorIds: null, articleIds: null },
    });

    // Coded pairs: Ada–Aleppo (annotation), Ben–Dawn (annotation), Gold–Aleppo (annotation),
    // Cy–Aleppo (done mark). Cy–Dawn is handed in but not marked done: not coded, although Cy
    // has an annotation there. So everyone coded exactly one article.
    expect(catalog.annotators).toEqual([
      { id: ADA.id, name: 'Ada', articles: 1, gold: false },
      { id: BEN.id, name: 'Ben', articles: 1, gold: false },
      { id: CY.id, name: 'Cy', articles: 1, gold: false },
      { id: GOLD.id, name: 'Gold — curated by Ada', articles: 1, gold: true },
    ]);
    // Aleppo: Ada, Gold, Cy = 3 coders; Dawn: Ben = 1; Ceasefire: nobody, so not listed.
    expect(catalog.articles).toEqual([
      {
        id: aleppo,
        title: 'Aleppo offensive',
        outletId: expect.any(String),
        outletName: 'Example Wire',
        coders: 3,
      },
      {
        id: dawn,
        title: 'Dawn entry',
        outletId: expect.any(String),
        outletName: 'State Daily',
        coders: 1,
      },
    ]);
  });

  test("the map's coders of an article, read alone or from the base, gold marked", async () => {
    const db = database('agreement-map-coders');
    const reads = recordReads(db);
    const { aleppo } = await agreementLibrary(db);
    reads.reset();
    const engine = engineOn(db);

    const alone = await engine.disagreementMap({
      version: 'v1',
      articleId: aleppo,
      annotatorIds: null,
    });
    // Read alone: no other article's text, no card of any article.
    expect(reads.articleKeys).toEqual([aleppo]);
    expect(reads.stores.has('articleCards')).toBe(false);
    const expected = [
      { id: ADA.id, name: 'Ada', gold: false },
      { id: CY.id, name: 'Cy', gold: false },
      { id: GOLD.id, name: 'Gold — curated by Ada', gold: true },
    ];
    expect(alone.coders).toEqual(expected);

    await engine.agreement({
      version: 'v1',
      selection: { annotatorIds: null, articleIds: [aleppo] },
    });
    reads.reset();
    const fromBase = await engine.disagreementMap({
      version: 'v1',
      articleId: aleppo,
      annotatorIds: null,
    });
    expect(fromBase.coders).toEqual(expected);
    // Its text is kept: nothing read at all this time.
    expect(reads.articleKeys).toEqual([]);
    expect(reads.stores.size).toBe(0);
  });
});
