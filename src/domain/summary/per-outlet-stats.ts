import { labelCount, ratePer1000, type SummaryData } from './prepare-summary';
import type { OutletRef } from './summary-types';

export interface LabelRate {
  labelId: string;
  labelName: string;
  count: number;
  /** count / words × 1000; null when the outlet has no words. */
  ratePer1000: number | null;
}

export interface OutletStats extends OutletRef {
  articles: number;
  /** Sum of the included articles' word counts. */
  words: number;
  annotations: number;
  /** All counted annotations per 1,000 words; null when words = 0. */
  ratePer1000: number | null;
  /** One entry per label column of the summary (see `SummaryData.labels`), in that order. */
  labels: LabelRate[];
}

/** Per outlet: articles, words, annotations, and per label the count and rate per 1,000 words. */
export function perOutletStats(data: SummaryData): OutletStats[] {
  return data.outlets.map((outlet) => ({
    outletId: outlet.outletId,
    outletName: outlet.outletName,
    articles: outlet.articles,
    words: outlet.words,
    annotations: outlet.annotations,
    ratePer1000: ratePer1000(outlet.annotations, outlet.words),
    labels: data.labels.map(({ labelId, labelName }) => {
      const count = labelCount(data, outlet, labelId);
      return { labelId, labelName, count, ratePer1000: ratePer1000(count, outlet.words) };
    }),
  }));
}

export interface OutletLabelRow extends OutletRef {
  articles: number;
  words: number;
  labelId: string;
  labelName: string;
  count: number;
  ratePer1000: number | null;
}

/** One row per outlet × label, for tables and CSV. */
export function perOutletRows(stats: readonly OutletStats[]): OutletLabelRow[] {
  return stats.flatMap((outlet) =>
    outlet.labels.map((label) => ({
      outletId: outlet.outletId,
      outletName: outlet.outletName,
      articles: outlet.articles,
      words: outlet.words,
      ...label,
    })),
  );
}
