import { useMemo } from 'react';
import { byTextOrder } from '../../domain/annotations/create-annotation';
import { useArticleAnnotations } from './api/article-annotations-query';
import { useAnnotators, useCodebook, useLexicon } from '../../db';

/**
 * What the workspace reads: the article's annotations (all stored, the person's own, and
 * those on screen), the codebook, the lexicon and who is annotating.
 */
export function useWorkspaceData(articleId: string, showEveryone: boolean) {
  const annotationsQuery = useArticleAnnotations(articleId);
  const codebookQuery = useCodebook();
  const lexiconQuery = useLexicon();
  const annotatorsQuery = useAnnotators();

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
  const visible = useMemo(
    () =>
      (showEveryone ? stored : mine)
        .filter((annotation) => annotation.status === 'accepted')
        .sort(byTextOrder),
    [showEveryone, stored, mine],
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
  };
}
