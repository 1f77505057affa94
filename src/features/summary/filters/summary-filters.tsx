import { useMemo } from 'react';
import type { CountingDefault } from '../../../domain/summary/counting-set';
import type { Voice } from '../../../domain/types';
import type { SummaryCatalog } from '../../../workers/summary-protocol';
import { Button } from '../../../ui/button';
import { VOICE_NAMES } from '../format';
import { ArticlePicker } from './article-picker';
import { CheckboxGroup } from './checkbox-group';
import { CountingChoice } from './counting-choice';
import { DateRangeFields } from './date-range-fields';
import { ALL_VOICES, defaultFilterState, isDefaultFilter, type FilterState } from './filter-state';

interface SummaryFiltersProps {
  catalog: SummaryCatalog;
  defaults: CountingDefault;
  state: FilterState;
  onChange: (state: FilterState) => void;
}

export function SummaryFilters({ catalog, defaults, state, onChange }: SummaryFiltersProps) {
  const outletNames = useMemo(
    () => new Map(catalog.outlets.map((outlet) => [outlet.id, outlet.name])),
    [catalog.outlets],
  );
  const articles = useMemo(
    () =>
      state.outletIds === null
        ? catalog.articles
        : catalog.articles.filter((article) => state.outletIds?.includes(article.outletId)),
    [catalog.articles, state.outletIds],
  );
  const set = (patch: Partial<FilterState>) => onChange({ ...state, ...patch });

  return (
    <aside
      aria-labelledby="summary-filters-title"
      className="flex flex-col gap-5 rounded-md border border-slate-200 bg-white p-4 print:hidden"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="summary-filters-title" className="text-base font-semibold">
          Filters
        </h2>
        <Button
          variant="ghost"
          className="px-2 py-0.5 text-xs"
          disabled={isDefaultFilter(state)}
          onClick={() => onChange(defaultFilterState)}
        >
          Reset
        </Button>
      </div>
      <CheckboxGroup
        legend="Outlets"
        options={catalog.outlets.map((outlet) => ({
          id: outlet.id,
          name: outlet.name,
          hint: String(outlet.articles),
          hintSpoken: `(${outlet.articles} ${outlet.articles === 1 ? 'article' : 'articles'})`,
        }))}
        chosen={state.outletIds}
        onChange={(outletIds) => set({ outletIds })}
      />
      <ArticlePicker
        articles={articles}
        outletNames={outletNames}
        chosen={state.articleIds}
        onChange={(articleIds) => set({ articleIds })}
      />
      <DateRangeFields
        from={state.dateFrom}
        to={state.dateTo}
        onChange={({ from, to }) => set({ dateFrom: from, dateTo: to })}
      />
      <CountingChoice
        annotators={catalog.annotators}
        defaults={defaults}
        state={state}
        onChange={set}
      />
      <CheckboxGroup
        legend="Labels"
        options={catalog.labels.map((label) => ({
          id: label.id,
          name: label.name,
          color: label.color,
        }))}
        chosen={state.labelIds}
        onChange={(labelIds) => set({ labelIds })}
      />
      <CheckboxGroup<Voice>
        legend="Voices"
        options={ALL_VOICES.map((voice) => ({ id: voice, name: VOICE_NAMES[voice] }))}
        chosen={state.voices}
        onChange={(voices) => set({ voices })}
      />
    </aside>
  );
}
