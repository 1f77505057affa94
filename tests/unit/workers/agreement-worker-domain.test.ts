import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import {
  loadAgreementArticle,
  loadAgreementBase,
  loadArticleTexts,
} from '../../../src/db/repositories/agreement-repository';
import { unpackRuns } from '../../../src/domain/agreement/packed-map';
import { AgreementEngine } from '../../../src/workers/agreement/agreement-engine';
import { TEXT_ONE } from '../classroom/intake-helpers';
import { ADA, agreementLibrary, BEN, CY, GOLD } from '../db/agreement-fixture';
import { trackedDatabases } from '../db/exchange-test-helpers';

const database = trackedDatabases();

const engineOn = (db: FrameLensDatabase) =>
  new AgreementEngine({
    base: () => loadAgreementBase(db),
    texts: (ids) => loadArticleTexts(ids, db),
    article: (id) => loadAgreementArticle(id, db),
  });

describe('the agreement engine with the real measures, over the database', () => {
  test('the default selection: who coded, the tokens, α and κ by hand', async () => {
    const db = database('agreement-e2e-measures');
    await agreementLibrary(db);

    const { report } = await engineOn(db).agreement({
      version: 'v1',
      selection: { annotatorIds: null, articleIds: null },
    });

    // Everyone who coded except the gold set, by name; articles by title.
    expect(report.annotators.map((a) => a.id)).toEqual([ADA.id, BEN.id, CY.id]);
    expect(report.articles.map((a) => a.title)).toEqual(['Aleppo offensive', 'Dawn entry']);
    // Ada–Aleppo, Cy–Aleppo (done mark), Ben–Dawn: 3 coded pairs.
    expect(report.codedPairs).toBe(3);
    // Aleppo: The Syrian army said terrorists attacked Aleppo (7) + HTS called the operation a
    // liberation and the regime denied it (11) = 18; Dawn: Rebels entered the city at dawn
    // state media spoke of a foreign plot = 13. 18 + 13 = 31.
    expect(report.tokens).toBe(31);
    // Only Aleppo has two coders: 18 units of two values, n = 36. Ada covers "terrorists" with
    // actor-label, Cy covers nothing: 17 units none/none, 1 unit label/none.
    // D_o = 2/36; n_none = 35, n_label = 1, D_e = 2·35·1 / (36·35) = 2/36; α = 1 − 1 = 0.
    expect(report.alpha.n).toBe(36);
    expect(report.alpha.value).toBeCloseTo(0, 10);
    // κ Ada–Cy over Aleppo's 18 tokens: p_o = 17/18; p_e = 17/18·18/18 + 1/18·0 = 17/18; κ = 0.
    const adaCy = report.pairs.find((pair) => pair.a === ADA.id && pair.b === CY.id);
    expect(adaCy?.kappa.n).toBe(18);
    expect(adaCy?.kappa.value).toBeCloseTo(0, 10);
    // Ada and Ben coded no article in common: κ undefined, with a reason.
    const adaBen = report.pairs.find((pair) => pair.a === ADA.id && pair.b === BEN.id);
    expect(adaBen?.kappa.value).toBeNull();
    expect(adaBen?.kappa.reason).toBeTruthy();
  });

  test('the map of Aleppo: Ada and Cy (gold left out), "terrorists" contested', async () => {
    const db = database('agreement-e2e-map');
    const { aleppo } = await agreementLibrary(db);

    const { map, coders } = await engineOn(db).disagreementMap({
      version: 'v1',
      articleId: aleppo,
      annotatorIds: null,
    });

    expect(coders.map((coder) => [coder.id, coder.gold])).toEqual([
      [ADA.id, false],
      [CY.id, false],
      [GOLD.id, true],
    ]);
    expect(map.annotators.map((a) => a.id)).toEqual([ADA.id, CY.id]);
    // Covered by 1 of 2 coders: 1 × 2 ≤ 2, not a majority, so contested.
    const start = TEXT_ONE.indexOf('terrorists');
    const end = start + 'terrorists'.length;
    // The map comes packed for the trip back to the reader: unpacked here to read it.
    expect(map.runs.count).toBe(1);
    expect(unpackRuns(map, 0, map.runs.count)).toEqual([
      { start, end, marks: [{ annotatorId: ADA.id, labelIds: ['actor-label'] }], contested: true },
    ]);
    expect(map.contested).toEqual([{ start, end }]);
  });

  test('curation groups of Ada and the gold set on Aleppo: one group, one version, two voters', async () => {
    const db = database('agreement-e2e-groups');
    const { aleppo } = await agreementLibrary(db);

    const groups = await engineOn(db).curationGroups({
      version: 'v1',
      annotatorIds: [ADA.id, GOLD.id],
      articleIds: [aleppo],
    });

    expect(groups).toHaveLength(1);
    expect(groups[0]?.votes.map((vote) => vote.annotatorId).sort()).toEqual(
      [ADA.id, GOLD.id].sort(),
    );
    expect(groups[0]?.versions).toHaveLength(1);
    expect(groups[0]?.versions[0]?.voters.sort()).toEqual([ADA.id, GOLD.id].sort());
    expect(groups[0]?.coders).toBe(2);
  });
});
