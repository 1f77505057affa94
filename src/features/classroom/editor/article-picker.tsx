import { useMemo, useState } from 'react';
import type { ArticleListItem } from '../../../db';
import { SearchField } from '../../../ui/search-field';

interface ArticlePickerProps {
  articles: readonly ArticleListItem[];
  chosen: readonly string[];
  error: string | undefined;
  onChange: (articleIds: string[]) => void;
}

function matches(article: ArticleListItem, words: readonly string[]): boolean {
  const haystack = `${article.title} ${article.outletName}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

function groupByOutlet(articles: readonly ArticleListItem[]): [string, ArticleListItem[]][] {
  const groups = new Map<string, ArticleListItem[]>();
  for (const article of articles) {
    groups.set(article.outletName, [...(groups.get(article.outletName) ?? []), article]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** The library's articles grouped by outlet, searchable by title and outlet. */
export function ArticlePicker({ articles, chosen, error, onChange }: ArticlePickerProps) {
  const [search, setSearch] = useState('');
  const groups = useMemo(() => {
    const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return groupByOutlet(articles.filter((article) => matches(article, words)));
  }, [articles, search]);
  const chosenSet = new Set(chosen);
  const toggle = (articleId: string, on: boolean) =>
    onChange(on ? [...chosen, articleId] : chosen.filter((id) => id !== articleId));

  return (
    <fieldset
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-4"
      aria-describedby={error ? 'picker-error' : undefined}
    >
      <legend className="px-1 text-sm font-medium">Articles</legend>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SearchField
          label="Search articles"
          value={search}
          onChange={setSearch}
          placeholder="Title or outlet"
          className="flex min-w-64 flex-col gap-1"
        />
        <p role="status" className="text-sm text-slate-600">
          {chosen.length === 1 ? '1 article chosen' : `${chosen.length} articles chosen`}
        </p>
      </div>
      {error && (
        <p id="picker-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {groups.length === 0 && <p className="text-sm text-slate-600">No article matches.</p>}
      <div className="flex max-h-96 flex-col gap-3 overflow-y-auto">
        {groups.map(([outletName, group]) => (
          <div key={outletName}>
            <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {outletName}
            </h2>
            <ul className="mt-1 flex flex-col gap-1">
              {group.map((article) => (
                <li key={article.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={chosenSet.has(article.id)}
                      onChange={(event) => toggle(article.id, event.target.checked)}
                    />
                    <span>
                      {article.title}
                      <span className="text-slate-500"> — {article.outletName}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
