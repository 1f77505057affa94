import { useRef } from 'react';
import type { Article } from '../../domain/types';
import { Link } from 'wouter';
import { Button } from '../../ui/button';
import { annotatorWorkPath } from '../../ui/paths';
import { ArticleTextSurface } from './article-text-surface';
import { ComparedSpanPanel } from './compared-span-panel';
import { ComparisonLegend } from './comparison-legend';
import { useKeyComparison } from './use-key-comparison';

interface Props {
  article: Article;
  studentId: string;
  keyId: string;
}

const noKeys = () => undefined;
const noHover = () => undefined;

/** "You vs the key": a student's spans against the answer key's on one article. */
export function KeyComparisonView({ article, studentId, keyId }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const view = useKeyComparison(article.id, { studentId, keyId }, textRef);
  if (view.error) {
    return (
      <p role="alert" className="text-red-800">
        Could not read this article’s annotations: {view.error.message}
      </p>
    );
  }
  const total = view.compared.length;
  const position = view.index === null ? `${total} spans` : `Span ${view.index + 1} of ${total}`;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,68ch)_minmax(20rem,1fr)]">
      <ArticleTextSurface
        textRef={textRef}
        text={article.text}
        language={article.language}
        hover={null}
        onKeyDown={noKeys}
        onClick={view.onTextClick}
        onMouseMove={noHover}
        onMouseLeave={noHover}
        label="Article text (read-only). J and K step through the compared spans."
      />
      <aside
        aria-label="You vs the key"
        className="flex flex-col gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1"
      >
        <div className="rounded-md border border-slate-300 bg-white p-3 text-sm">
          <h2 className="font-semibold">You vs the key</h2>
          <p className="mt-1">
            {view.nameOf(studentId)}’s annotations against the key ({view.nameOf(keyId)}).
            Read-only.
          </p>
          <Link
            href={annotatorWorkPath(article.id, studentId)}
            className="mt-1 inline-block text-blue-700 underline"
          >
            Only {view.nameOf(studentId)}’s annotations
          </Link>
        </div>
        {view.reading ? (
          <p role="status" className="text-sm text-slate-700">
            Reading the annotations…
          </p>
        ) : (
          <ComparisonLegend counts={view.counts} />
        )}
        <div className="flex gap-2">
          <Button onClick={() => view.move(-1)} aria-keyshortcuts="K" disabled={total === 0}>
            Previous
          </Button>
          <Button onClick={() => view.move(1)} aria-keyshortcuts="J" disabled={total === 0}>
            Next
          </Button>
        </div>
        {view.reading ? null : total === 0 ? (
          <p className="text-sm text-slate-700">Neither you nor the key marked anything here.</p>
        ) : (
          <ComparedSpanPanel
            span={view.current}
            position={position}
            text={article.text}
            labels={view.labels}
            actors={view.actors}
            panelRef={view.panelRef}
          />
        )}
      </aside>
    </div>
  );
}
