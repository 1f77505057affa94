import { useQuery } from '@tanstack/react-query';
import { useMemo, type RefObject } from 'react';
import { byTextOrder } from '../../domain/annotations/create-annotation';
import type { Annotation } from '../../domain/types';
import { articleAnnotationsQueryOptions } from './api/article-annotations-query';
import { useAnnotators, useCodebook, useLexicon } from '../../db';
import { useFirstScreen } from './use-first-screen';

interface Opening {
  /** The element the article text is rendered in. */
  textRef: RefObject<HTMLElement | null>;
  /** Opened from a link to one annotation. */
  focusAnnotationId: string | undefined;
}

/** The accepted annotations shown: everyone's, or only the person's own. */
function shownOf(annotations: Annotation[], meId: string | undefined, showEveryone: boolean) {
  return annotations
    .filter(
      (annotation) =>
        annotation.status === 'accepted' && (showEveryone || annotation.annotatorId === meId),
    )
    .sort(byTextOrder);
}

/**
 * What the workspace reads: the article's annotations (all stored, the person's own, and
 * those on screen), the codebook, the lexicon and who is annotating. The annotations on the
 * first screen are read first and painted (`paintable`) while the rest are read; `loaded` once
 * all are.
 */
export function useWorkspaceData(articleId: string, showEveryone: boolean, opening: Opening) {
  // IndexedDB answers reads in the order they are asked for, and hooks ask in their order:
  // what the first screen needs (labels, who is annotating, its annotations), then the rest.
  const codebookQuery = useCodebook();
  const annotatorsQuery = useAnnotators();
  const firstScreen = useFirstScreen(articleId, opening.textRef, opening.focusAnnotationId);
  const annotationsQuery = useQuery({
    ...articleAnnotationsQueryOptions(articleId),
    enabled: firstScreen.started,
  });
  const lexiconQuery = useLexicon();

  const labels = useMemo(() => codebookQuery.data?.labels ?? [], [codebookQuery.data]);
  const actors = useMemo(() => codebookQuery.data?.actors ?? [], [codebookQuery.data]);
  const me = annotatorsQuery.data?.current ?? null;
  const annotatorNames = useMemo(
    () =>
      new Map((annotatorsQuery.data?.all ?? []).map((annotator) => [annotator.id, annotator.name])),
    [annotatorsQuery.data],
  );

  const stored = useMemo(() => annotationsQuery.data ?? [], [annotationsQuery.data]);
  const mine = useMemo(
    () => stored.filter((annotation) => annotation.annotatorId === me?.id),
    [stored, me],
  );
  const visible = useMemo(() => shownOf(stored, me?.id, showEveryone), [showEveryone, stored, me]);
  const loaded = annotationsQuery.data !== undefined;
  const firstRows = firstScreen.rows;
  const paintable = useMemo(
    () => (loaded || !firstRows ? visible : shownOf(firstRows, me?.id, showEveryone)),
    [loaded, visible, firstRows, me, showEveryone],
  );

  return {
    annotationsError: annotationsQuery.isError ? annotationsQuery.error : null,
    lexicon: lexiconQuery.data,
    labels,
    actors,
    me,
    annotatorNames,
    stored,
    mine,
    visible,
    paintable,
    loaded,
    hideText: firstScreen.hideText,
  };
}
