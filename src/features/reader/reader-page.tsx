import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useArticle, useOutletMask } from '../../db';
import { checkArticleSize } from '../../domain/article-size';
import {
  outletDisplayName,
  titleForDisplay,
  urlForDisplay,
} from '../../domain/classroom/outlet-mask';
import { formatPartialDate } from '../../domain/dates';
import { languageLabel } from '../../domain/text/language-tag';
import type { Article } from '../../domain/types';
import { safeHttpUrl } from '../../domain/urls';
import { ErrorLine } from '../../ui/alert';
import { ArticleText } from '../../ui/article-text';

interface ReaderPageProps {
  articleId: string;
  /** The body under the header; the app shell plugs the annotation workspace in here. */
  renderBody?: (article: Article) => ReactNode;
  /** A read-only view of someone's work: no link to edit the article's details. */
  readOnly?: boolean;
}

export function ReaderPage({ articleId, renderBody, readOnly = false }: ReaderPageProps) {
  const query = useArticle(articleId);
  const mask = useOutletMask();
  if (query.isPending) return <p role="status">Loading article…</p>;
  if (query.isError) {
    return <ErrorLine>Could not read this article: {query.error.message}</ErrorLine>;
  }
  if (!query.data) {
    return (
      <div role="alert" className="rounded-md border border-slate-200 bg-white p-6">
        <h1 className="text-xl font-semibold">Article not found</h1>
        <p className="mt-2 text-sm">
          It may have been deleted.{' '}
          <Link href="/" className="text-blue-700 underline">
            Back to the library
          </Link>
        </p>
      </div>
    );
  }
  const { article, outlet } = query.data;
  // Outlet-blind: the outlet's code instead of its name, no link, no name inside the title.
  const outletName = outlet ? outletDisplayName(mask, outlet.id, outlet.name) : 'Unknown outlet';
  const title = titleForDisplay(mask, article, outlet?.name ?? '');
  const link = safeHttpUrl(urlForDisplay(mask, article));
  // Stored before the limit existed (or by an older version): shown as a message, not opened.
  const size = checkArticleSize(article.text);
  return (
    <article aria-labelledby="article-title" className="mx-auto">
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/" className="text-blue-700 underline">
          Library
        </Link>
      </nav>
      <header className="mb-6 max-w-[68ch] border-b border-slate-200 pb-4">
        <p
          className="text-sm font-semibold uppercase tracking-wide text-slate-600"
          data-testid="article-outlet"
        >
          {outletName}
        </p>
        <h1
          id="article-title"
          dir="auto"
          lang={article.language || undefined}
          className="mt-1 text-2xl font-semibold leading-tight"
        >
          {title}
        </h1>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
          <span>{formatPartialDate(article.published)}</span>
          <span>{article.wordCount.toLocaleString('en')} words</span>
          {article.language && (
            <span data-testid="article-language">{languageLabel(article.language)}</span>
          )}
          {link && (
            <a
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              className="text-blue-700 underline"
              data-testid="source-link"
            >
              Source
            </a>
          )}
          {!readOnly && (
            <Link href={`/articles/${article.id}/edit`} className="text-blue-700 underline">
              Edit details
            </Link>
          )}
          <Link href={`/exchange/article/${article.id}`} className="text-blue-700 underline">
            Export annotations
          </Link>
        </p>
      </header>
      {!size.ok ? (
        <p
          role="alert"
          className="max-w-[68ch] rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="article-too-long"
        >
          This article cannot be opened. {size.message} Export it with its annotations, or use “Edit
          details” to delete it.
        </p>
      ) : renderBody ? (
        renderBody(title === article.title ? article : { ...article, title })
      ) : (
        <div className="max-w-[68ch]">
          <ArticleText text={article.text} language={article.language} />
        </div>
      )}
    </article>
  );
}
