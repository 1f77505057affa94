import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useOutletMask, type ArticleListItem, type LibraryFirstScreen } from '../../db';
import { formatPartialDate } from '../../domain/dates';
import { languageName } from '../../domain/text/language-tag';
import { searchItem, type LibrarySort } from '../../domain/library-view';
import { inputClass } from '../../ui/field';
import { useArticleTexts, usePrefetchArticleTexts } from './api/article-texts-query';
import { useArticles } from './api/articles-query';
import { useLibraryFirstScreen } from './api/library-first-screen-query';
import { useLiveAnnotationCount } from './api/live-annotation-count-query';
import { firstScreenRows, listRows, type LibraryRow } from './library-rows';
import { asksForHiddenOutlet, maskLibraryItems } from './mask-items';
import { useAfterPaint } from './use-after-paint';
import { ErrorLine } from '../../ui/alert';
import { SearchField } from '../../ui/search-field';

const sortLabels: Record<LibrarySort, string> = {
  outlet: 'Outlet, then newest',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title A–Z',
};

export function LibraryPage() {
  // The first screen is read through indexes; the whole list (for scrolling, sorting and
  // searching) and the annotation counts once that is painted, so a large library opens as
  // fast as a small one.
  const firstScreen = useLibraryFirstScreen();
  const painted = useAfterPaint(!firstScreen.isPending);
  const articles = useArticles(painted);
  const mask = useOutletMask();
  const library = useMemo(
    () => (articles.data ? maskLibraryItems(articles.data, mask) : []),
    [articles.data, mask],
  );
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('outlet');
  const [grouped, setGrouped] = useState(true);
  const deferredQuery = useDeferredValue(query);
  const searching = query.trim() !== '';
  const texts = useArticleTexts(searching);
  const prefetchTexts = usePrefetchArticleTexts();
  // Until the texts are read, a search has no answer yet: no row rather than a wrong one.
  const waitingForTexts = deferredQuery.trim() !== '' && !texts.data;

  const defaultView = sort === 'outlet' && grouped && !searching;
  const rows = useMemo<LibraryRow[]>(() => {
    if (!articles.data) {
      return firstScreen.data && defaultView ? firstScreenRows(firstScreen.data, mask) : [];
    }
    if (waitingForTexts) return [];
    const searchTexts = !asksForHiddenOutlet(deferredQuery, articles.data, mask);
    const hits: { item: ArticleListItem; snippet: string | null }[] = [];
    for (const item of library) {
      const text = searchTexts ? (texts.data?.get(item.id) ?? '') : '';
      const hit = searchItem(item, text, deferredQuery);
      if (hit) hits.push({ item, snippet: hit.snippet });
    }
    const snippets = new Map(hits.map((hit) => [hit.item.id, hit.snippet]));
    return listRows(
      hits.map((hit) => hit.item),
      snippets,
      sort,
      grouped,
    );
  }, [
    library,
    articles.data,
    firstScreen.data,
    defaultView,
    mask,
    texts.data,
    waitingForTexts,
    deferredQuery,
    sort,
    grouped,
  ]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'outlet' ? 48 : 84),
    overscan: 8,
  });

  const failure = articles.error ?? (articles.data ? null : firstScreen.error);
  if (failure) return <ErrorLine>Could not read the library: {failure.message}</ErrorLine>;
  const overview = libraryOverview(articles.data, firstScreen.data);
  if (!overview) return <p role="status">Loading articles…</p>;

  const { total, outletCount } = overview;
  const shown = rows.filter((row) => row.kind === 'article').length;

  return (
    <section aria-labelledby="library-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="library-title" className="text-2xl font-semibold">
            Library
          </h1>
          <p className="text-sm text-slate-600">
            {total} {total === 1 ? 'article' : 'articles'} from {outletCount}{' '}
            {outletCount === 1 ? 'outlet' : 'outlets'}
          </p>
        </div>
        <Link
          href="/add"
          className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          Add article
        </Link>
      </div>

      <div className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-3">
        <SearchField
          label="Search titles and text"
          value={query}
          onChange={setQuery}
          onFocus={prefetchTexts}
          placeholder="e.g. regime, Aleppo, terrorist"
          className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium"
          labelClassName=""
        />
        <label className="flex flex-col gap-1 text-sm font-medium">
          Sort
          <select
            value={sort}
            onChange={(event) => setSort(event.target.value as LibrarySort)}
            className={inputClass}
          >
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input
            type="checkbox"
            checked={grouped}
            onChange={(event) => setGrouped(event.target.checked)}
          />
          Group by outlet
        </label>
      </div>

      {total === 0 && (
        <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-sm">
          <p>The library is empty.</p>
          <p className="mt-1">
            <Link href="/add" className="text-blue-700 underline">
              Paste an article
            </Link>{' '}
            or restore the sample articles in{' '}
            <Link href="/settings" className="text-blue-700 underline">
              Settings
            </Link>
            .
          </p>
        </div>
      )}
      {total > 0 && !articles.data && !defaultView && !searching && (
        <p role="status" className="text-sm text-slate-600">
          Reading the whole library…
        </p>
      )}
      {total > 0 && searching && texts.isError && (
        <ErrorLine small>Could not search the article texts: {texts.error.message}</ErrorLine>
      )}
      {total > 0 && searching && !texts.isError && (
        <p role="status" className="text-sm text-slate-600">
          {waitingForTexts || !articles.data || deferredQuery !== query
            ? 'Searching…'
            : `${shown} of ${total} articles match “${query.trim()}”.`}
        </p>
      )}

      <ul aria-label="Articles" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualRow) => {
          const row = rows[virtualRow.index];
          if (!row) return null;
          return (
            <li
              key={row.key}
              data-index={virtualRow.index}
              ref={virtualizer.measureElement}
              className="absolute left-0 top-0 w-full"
              style={{
                transform: `translateY(${virtualRow.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              {row.kind === 'outlet' ? (
                <h2
                  className="pb-2 pt-4 text-sm font-semibold uppercase tracking-wide text-slate-600"
                  data-outlet-group={row.outletName}
                >
                  {row.outletName} <span className="font-normal text-slate-500">({row.count})</span>
                </h2>
              ) : (
                <ArticleRow
                  item={row.item}
                  snippet={row.snippet}
                  showOutlet={!grouped}
                  countNow={painted}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The library's article and outlet totals, from the whole list or else the first screen. */
function libraryOverview(
  items: readonly ArticleListItem[] | undefined,
  firstScreen: LibraryFirstScreen | undefined,
): { total: number; outletCount: number } | null {
  if (items) {
    return { total: items.length, outletCount: new Set(items.map((item) => item.outletId)).size };
  }
  if (firstScreen) return { total: firstScreen.total, outletCount: firstScreen.shelves.length };
  return null;
}

function ArticleRow({
  item,
  snippet,
  showOutlet,
  countNow,
}: {
  item: ArticleListItem;
  snippet: string | null;
  showOutlet: boolean;
  countNow: boolean;
}) {
  return (
    <div className="pb-2">
      <Link
        href={`/articles/${item.id}`}
        className="block rounded-md border border-slate-200 bg-white px-4 py-3 hover:border-slate-400"
        data-article-id={item.id}
      >
        <span dir="auto" className="block font-medium text-slate-900" data-testid="article-title">
          {item.title}
        </span>
        <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          {showOutlet && <span>{item.outletName}</span>}
          <span>{formatPartialDate(item.published)}</span>
          <span>{item.wordCount.toLocaleString('en')} words</span>
          {item.language && (
            <span data-testid="article-language">{languageName(item.language)}</span>
          )}
          <LiveAnnotationCount articleId={item.id} enabled={countNow} />
        </span>
        {snippet && (
          <span dir="auto" className="mt-1 block text-xs text-slate-500 italic">
            {snippet}
          </span>
        )}
      </Link>
    </div>
  );
}

function LiveAnnotationCount({ articleId, enabled }: { articleId: string; enabled: boolean }) {
  const count = useLiveAnnotationCount(articleId, enabled);
  if (count.isError) return <span>annotations not counted</span>;
  // Until counted, an invisible stand-in keeps the row from shifting when the number arrives.
  if (count.data === undefined) return <span className="invisible">0 annotations</span>;
  return (
    <span>
      {count.data} {count.data === 1 ? 'annotation' : 'annotations'}
    </span>
  );
}
