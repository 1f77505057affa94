import { useRef } from 'react';
import { Link } from 'wouter';
import type { Article } from '../../domain/types';
import { classroomPath, versusKeyPath } from '../../ui/paths';
import { AnnotationDetails } from './annotation-details';
import { AnnotationList } from './annotation-list';
import { ArticleTextSurface } from './article-text-surface';
import { useWorkView } from './use-work-view';

interface Props {
  article: Article;
  annotatorId: string;
}

const noKeys = () => undefined;

/** One annotator's annotations on the article, read-only (a teacher opening a hand-in). */
export function AnnotatorWorkView({ article, annotatorId }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const view = useWorkView(article.id, annotatorId, textRef);
  if (view.error) {
    return (
      <p role="alert" className="text-red-800">
        Could not read this article’s annotations: {view.error.message}
      </p>
    );
  }
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,68ch)_minmax(20rem,1fr)]">
      <ArticleTextSurface
        textRef={textRef}
        text={article.text}
        language={article.language}
        hover={view.hover.hover}
        onKeyDown={noKeys}
        onClick={view.navigation.onTextClick}
        onMouseMove={view.hover.onMouseMove}
        onMouseLeave={view.hover.onMouseLeave}
        label="Article text (read-only). J and K step through the annotations."
      />
      <aside
        aria-label="Annotations (read-only)"
        className="flex flex-col gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1"
      >
        <div
          data-testid="read-only-banner"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-semibold">Read-only: {view.annotatorName}'s annotations</p>
          {view.teacherAssignment && (
            <p className="mt-1">
              Assignment:{' '}
              <Link
                href={classroomPath(view.teacherAssignment.id)}
                className="text-blue-700 underline"
              >
                <span dir="auto">{view.teacherAssignment.title}</span>
              </Link>
            </p>
          )}
          <KeyLink
            articleId={article.id}
            annotatorId={annotatorId}
            keyId={view.teacherAssignment?.keyAnnotatorId ?? null}
          />
          <p className="mt-1 text-xs">J and K step through them; nothing here can be changed.</p>
        </div>
        {view.selected && (
          <AnnotationDetails annotation={view.selected} labels={view.labels} actors={view.actors} />
        )}
        <AnnotationList
          annotations={view.visible}
          labels={view.labels}
          actors={view.actors}
          selectedId={view.selected?.id ?? null}
          annotatorNames={view.annotatorNames}
          showAnnotator={false}
          onSelect={view.navigation.selectFromList}
          emptyText="No annotations by this annotator on this article."
        />
      </aside>
    </div>
  );
}

/** From a student's work to the same work against the assignment's answer key, once chosen. */
function KeyLink(props: { articleId: string; annotatorId: string; keyId: string | null }) {
  if (props.keyId === null || props.keyId === props.annotatorId) return null;
  return (
    <p className="mt-1">
      <Link
        href={versusKeyPath(props.articleId, props.annotatorId, props.keyId)}
        className="text-blue-700 underline"
      >
        Compare with the key
      </Link>
    </p>
  );
}
