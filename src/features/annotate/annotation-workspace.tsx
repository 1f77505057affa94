import { memo, useRef } from 'react';
import type { Article } from '../../domain/types';
import { AnnotatorDialog } from './annotator-dialog';
import { ArticleTextSurface } from './article-text-surface';
import { KeyPanels } from './keys/key-panels';
import { PhoneSheet } from './phone/phone-sheet';
import { usePhoneLayout } from './phone/use-phone-layout';
import { useAnnotationWorkspace } from './use-annotation-workspace';
import { WorkspaceSidebar } from './workspace-sidebar';

interface AnnotationWorkspaceProps {
  article: Article;
  /** Opened from a link to one annotation (e.g. the concordance): select it and scroll to it. */
  focusAnnotationId?: string;
  /** Opened at #/articles/ID/disagreement: the disagreement map is on to start with. */
  openDisagreementMap?: boolean;
}

/**
 * The reader: the article text on the left, the annotation tools on the right. The state and
 * every command live in useAnnotationWorkspace; these components only show it.
 */
// Memoised: the reader page re-renders when its header's data (e.g. the outlet mask) arrives,
// which must not re-render the workspace and its thousands of annotations.
export const AnnotationWorkspace = memo(function AnnotationWorkspace({
  article,
  focusAnnotationId,
  openDisagreementMap = false,
}: AnnotationWorkspaceProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const workspace = useAnnotationWorkspace(
    article,
    focusAnnotationId,
    textRef,
    openDisagreementMap,
  );
  const { annotationsError, hover, navigation } = workspace;
  const phone = usePhoneLayout();

  if (annotationsError) {
    return (
      <p role="alert" className="text-red-800">
        Could not read this article’s annotations: {annotationsError.message}
      </p>
    );
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,68ch)_minmax(20rem,1fr)]">
      {/* Opened at a linked annotation: hidden until scrolled there, so the text never jumps. */}
      <div className={workspace.data.hideText ? 'invisible' : undefined}>
        <ArticleTextSurface
          textRef={textRef}
          text={article.text}
          language={article.language}
          hover={phone ? null : hover.hover}
          onKeyDown={workspace.onTextKeyDown}
          onClick={navigation.onTextClick}
          onMouseMove={hover.onMouseMove}
          onMouseLeave={hover.onMouseLeave}
        />
      </div>
      {phone && <PhoneSheet article={article} workspace={workspace} textRef={textRef} />}
      <WorkspaceSidebar article={article} workspace={workspace} phone={phone} />
      <AnnotatorDialog {...workspace.annotatorDialog} />
      <KeyPanels text={article.text} workspace={workspace} />
    </div>
  );
});
