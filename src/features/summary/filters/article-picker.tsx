import { useMemo, useState } from 'react';
import { formatPartialDate } from '../../../domain/dates';
import type { SummaryCatalog } from '../../../workers/summary-protocol';
import { inputClass } from '../../../ui/field';
import { SearchField } from '../../../ui/search-field';

const MAX_LISTED = 40;

interface ArticlePickerProps {
  articles: SummaryCatalog['articles'];
  outletNames: ReadonlyMap<string, string>;
  /** null = every article; a list = only these. */
  chosen: readonly string[] | null;
  onChange: (chosen: string[] | null) => void;
}

/** Every article counts until some are ticked; then only the ticked ones do. */
export function ArticlePicker({ articles, outletNames, chosen, onChange }: ArticlePickerProps) {
  const [query, setQuery] = useState('');
  const chosenSet = useMemo(() => new Set(chosen ?? []), [chosen]);
  const listed = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const ticked = articles.filter((article) => chosenSet.has(article.id));
    const matches = articles.filter(
      (article) =>
        !chosenSet.has(article.id) &&
        (needle === '' ||
          article.title.toLocaleLowerCase().includes(needle) ||
          (outletNames.get(article.outletId) ?? '').toLocaleLowerCase().includes(needle)),
    );
    return { ticked, matches: matches.slice(0, MAX_LISTED), more: matches.length - MAX_LISTED };
  }, [articles, chosenSet, outletNames, query]);

  const toggle = (id: string) => {
    const next = chosenSet.has(id)
      ? (chosen ?? []).filter((value) => value !== id)
      : [...(chosen ?? []), id];
    onChange(next.length === 0 ? null : next);
  };

  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 flex w-full items-baseline justify-between gap-2 text-sm font-semibold text-slate-800">
        <span>Articles</span>
        <span className="text-xs font-normal text-slate-500">
          <span className="sr-only">: </span>
          {chosen === null ? 'all' : `only ${chosenSet.size} ticked`}
        </span>
      </legend>
      <SearchField
        label="Find an article"
        labelHidden
        value={query}
        onChange={setQuery}
        placeholder="Find an article…"
        className=""
        inputClassName={`${inputClass} py-1`}
      />
      <p className="text-xs text-slate-500">All count until you tick some; then only those do.</p>
      <div className="flex max-h-56 flex-col gap-0.5 overflow-y-auto pr-1">
        {[...listed.ticked, ...listed.matches].map((article) => (
          <label
            key={article.id}
            className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100"
          >
            <input
              type="checkbox"
              className="mt-1"
              checked={chosenSet.has(article.id)}
              onChange={() => toggle(article.id)}
            />
            <span className="min-w-0 flex-1">
              <span className="line-clamp-2" dir="auto">
                {article.title || 'Untitled'}
              </span>
              <span className="block text-xs text-slate-500">
                {outletNames.get(article.outletId) ?? 'Unknown outlet'} ·{' '}
                {formatPartialDate(article.published)}
              </span>
            </span>
          </label>
        ))}
        {listed.ticked.length + listed.matches.length === 0 && (
          <p className="px-1 text-xs text-slate-500">No article matches “{query.trim()}”.</p>
        )}
        {listed.more > 0 && (
          <p className="px-1 text-xs text-slate-500">
            {listed.more} more — type to narrow the list.
          </p>
        )}
      </div>
      {chosen !== null && (
        <button
          type="button"
          className="self-start text-xs text-blue-700 underline"
          onClick={() => onChange(null)}
        >
          Count all articles again
        </button>
      )}
    </fieldset>
  );
}
