import { SummaryBuilder } from './summary-builder';
import type { SummaryData } from './summary-data';
import type { SummaryFilter, SummaryInput } from './summary-types';

export * from './summary-data';

/**
 * Applies the filter and aggregates, in one pass over the annotations. An annotation counts
 * when it is accepted, not deleted, its article is included (outlet, article and date filters)
 * and it passes the annotator, voice and label filters.
 */
export function prepareSummary(input: SummaryInput, filter: SummaryFilter = {}): SummaryData {
  const builder = new SummaryBuilder(input, filter);
  builder.add(input.annotations);
  return builder.finish(input);
}
