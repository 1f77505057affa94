import type { SummaryCatalog } from '../../../workers/summary-protocol';
import { VOICE_NAMES } from '../format';
import { dateError, type FilterState } from './filter-state';

function names(
  ids: readonly string[] | null,
  options: readonly { id: string; name: string }[],
  all: string,
): string {
  if (ids === null) return all;
  const byId = new Map(options.map((option) => [option.id, option.name]));
  return ids.map((id) => byId.get(id) ?? id).join(', ');
}

/** The active filters in words, for the page header (and so for print); annotators: describe-counting.ts. */
export function describeFilter(state: FilterState, catalog: SummaryCatalog): string {
  const articles =
    state.articleIds === null
      ? null
      : `${state.articleIds.length} chosen ${state.articleIds.length === 1 ? 'article' : 'articles'}`;
  const from = dateError(state.dateFrom) ? '' : state.dateFrom.trim();
  const to = dateError(state.dateTo) ? '' : state.dateTo.trim();
  const dates =
    from || to
      ? `published ${from ? `from ${from}` : ''}${from && to ? ' ' : ''}${to ? `to ${to}` : ''}`
      : 'any date';
  return [
    names(state.outletIds, catalog.outlets, 'all outlets'),
    articles ?? 'all articles',
    dates,
    names(state.labelIds, catalog.labels, 'all labels'),
    state.voices === null
      ? 'all voices'
      : state.voices.map((voice) => VOICE_NAMES[voice].toLowerCase()).join(', ') + ' voice',
  ].join(' · ');
}
