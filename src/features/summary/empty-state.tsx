import { Link } from 'wouter';
import type { SummaryCatalog } from '../../workers/summary-protocol';

/** What to do when there is nothing to summarise yet. */
export function EmptyState({ catalog }: { catalog: SummaryCatalog }) {
  if (catalog.articles.length === 0) {
    return (
      <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-sm">
        <p className="font-medium">The library is empty, so there is nothing to summarise.</p>
        <p className="mt-1">
          <Link href="/add" className="text-blue-700 underline">
            Add an article
          </Link>{' '}
          or restore the sample articles in{' '}
          <Link href="/settings" className="text-blue-700 underline">
            Settings
          </Link>
          , then annotate it.
        </p>
      </div>
    );
  }
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-sm leading-relaxed">
      <p className="text-base font-medium">No annotations yet.</p>
      <p className="mt-1 max-w-2xl">
        The summary counts the words you mark in articles. Open an article, select a word or phrase
        (“terrorists”, “fighters”, “regime”…) and press a label key from 1 to 6 — or accept the
        dotted-underlined suggestions with Enter. Then come back here to compare the outlets.
      </p>
      {catalog.firstArticle && (
        <p className="mt-3">
          Start with{' '}
          <Link
            href={`/articles/${encodeURIComponent(catalog.firstArticle.id)}`}
            className="font-medium text-blue-700 underline"
          >
            {catalog.firstArticle.title || 'the first article'}
          </Link>{' '}
          or pick one in the{' '}
          <Link href="/" className="text-blue-700 underline">
            library
          </Link>
          .
        </p>
      )}
    </div>
  );
}
