import {
  distinctiveTerms,
  type DistinctiveTermsOptions,
  type OutletDistinctiveTerms,
} from './distinctive-terms';
import { namingTable, type NamingCell } from './naming-table';
import { outletTermHeatmap, type OutletTermHeatmap } from './outlet-term-heatmap';
import { perOutletStats, type OutletStats } from './per-outlet-stats';
import { prepareSummary, type SummaryData } from './prepare-summary';
import type { LabelRef, SummaryFilter, SummaryInput, TargetRef } from './summary-types';
import { valenceTable, type ValenceCell } from './valence-table';

export interface FramingSummary {
  filter: SummaryFilter;
  totals: { outlets: number; articles: number; words: number; annotations: number };
  /** Label columns of `outlets[].labels`, in order. */
  labels: LabelRef[];
  /** Targets that occur, in the order naming and valence rows use. */
  targets: TargetRef[];
  outlets: OutletStats[];
  naming: NamingCell[];
  valence: ValenceCell[];
  heatmap: OutletTermHeatmap;
  distinctive: OutletDistinctiveTerms[];
}

export type SummaryOptions = DistinctiveTermsOptions;

/** Every table from already prepared data (keep the data to answer concordance queries). */
export function summarize(data: SummaryData, options: SummaryOptions = {}): FramingSummary {
  return {
    filter: data.filter,
    totals: { outlets: data.outlets.length, ...data.totals },
    labels: data.labels,
    targets: data.targets,
    outlets: perOutletStats(data),
    naming: namingTable(data),
    valence: valenceTable(data),
    heatmap: outletTermHeatmap(data),
    distinctive: distinctiveTerms(data, options),
  };
}

/**
 * The framing summary: one filtering and aggregating pass over
 * the annotations, then each table from the aggregates. Plain data, safe to post from a worker.
 */
export function computeSummary(
  input: SummaryInput,
  filter: SummaryFilter = {},
  options: SummaryOptions = {},
): FramingSummary {
  return summarize(prepareSummary(input, filter), options);
}
