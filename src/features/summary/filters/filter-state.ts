import { partialDateInterval, type SummaryFilter } from '../../../domain/summary';
import type { CountingDefault } from '../../../domain/summary/counting-set';
import type { Voice } from '../../../domain/types';

/**
 * What the filter panel holds. A list is null when everything is chosen (the default), so
 * that outlets, labels or annotators added later are included without touching the filters.
 * `articleIds` works the other way round: null means all articles, a list means "only these".
 * `annotatorIds` null means the default counting set (counting-set.ts), not everyone.
 */
export interface FilterState {
  outletIds: string[] | null;
  articleIds: string[] | null;
  annotatorIds: string[] | null;
  /** Several annotators: count every annotation rather than each place once. */
  countEvery: boolean;
  labelIds: string[] | null;
  voices: Voice[] | null;
  dateFrom: string;
  dateTo: string;
}

export const ALL_VOICES: readonly Voice[] = ['own', 'quoted', 'attributed'];

export const defaultFilterState: FilterState = {
  outletIds: null,
  articleIds: null,
  annotatorIds: null,
  countEvery: false,
  labelIds: null,
  voices: null,
  dateFrom: '',
  dateTo: '',
};

export function isDefaultFilter(state: FilterState): boolean {
  return (
    state.outletIds === null &&
    state.articleIds === null &&
    state.annotatorIds === null &&
    !state.countEvery &&
    state.labelIds === null &&
    state.voices === null &&
    state.dateFrom.trim() === '' &&
    state.dateTo.trim() === ''
  );
}

/** Null when a date bound is empty or a real partial date; else what is wrong with it. */
export function dateError(value: string): string | null {
  if (value.trim() === '') return null;
  return partialDateInterval(value) ? null : 'Use a date like 2024, 2024-09 or 2024-09-30.';
}

function sorted<T extends string>(values: readonly T[] | null): T[] | undefined {
  return values === null ? undefined : [...values].sort();
}

/** The annotators counted: the chosen ones, else the default set; null for everyone. */
export function countedAnnotatorIds(
  state: FilterState,
  defaults: CountingDefault,
): readonly string[] | null {
  if (state.annotatorIds !== null) return state.annotatorIds;
  return defaults.source === 'everyone' ? null : defaults.annotatorIds;
}

/**
 * The domain filter, with keys in a fixed order and lists sorted, so that the same choice
 * always makes the same query key. A date bound with a mistake in it is left open (the field
 * shows the mistake). Several annotators (or everyone) count each place once unless the
 * person chose to count every annotation.
 */
export function toSummaryFilter(state: FilterState, defaults: CountingDefault): SummaryFilter {
  const filter: SummaryFilter = {};
  const outletIds = sorted(state.outletIds);
  const articleIds = sorted(state.articleIds);
  const counted = countedAnnotatorIds(state, defaults);
  const annotatorIds = counted === null ? undefined : [...counted].sort();
  const labelIds = sorted(state.labelIds);
  const voices = sorted(state.voices);
  if (outletIds) filter.outletIds = outletIds;
  if (articleIds) filter.articleIds = articleIds;
  if (annotatorIds) filter.annotatorIds = annotatorIds;
  if (labelIds) filter.labelIds = labelIds;
  if (voices) filter.voices = voices;
  const dateFrom = state.dateFrom.trim();
  const dateTo = state.dateTo.trim();
  if (dateFrom && !dateError(dateFrom)) filter.dateFrom = dateFrom;
  if (dateTo && !dateError(dateTo)) filter.dateTo = dateTo;
  if (!state.countEvery && (counted === null || counted.length > 1)) filter.eachPlaceOnce = true;
  return filter;
}

/**
 * Toggles one id of an "everything by default" list: null stands for all of `allIds`; a list
 * that comes back to all of them becomes null again. The last chosen id cannot be removed
 * (an empty choice would mean nothing to count; the checkbox is disabled instead).
 */
export function toggleChoice<T extends string>(
  chosen: readonly T[] | null,
  allIds: readonly T[],
  id: T,
): T[] | null {
  const current = chosen ?? allIds;
  const next = current.includes(id) ? current.filter((value) => value !== id) : [...current, id];
  if (next.length === 0) return chosen === null ? null : [...chosen];
  return allIds.every((value) => next.includes(value)) ? null : next;
}

export function isChosen<T extends string>(chosen: readonly T[] | null, id: T): boolean {
  return chosen === null || chosen.includes(id);
}
