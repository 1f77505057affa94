import { useMemo, useState, type RefObject } from 'react';
import { useAnnotators, useAssignments, useCodebook } from '../../db';
import { byTextOrder } from '../../domain/annotations/create-annotation';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import { useArticleAnnotations } from './api/article-annotations-query';
import { useItemNavigation } from './use-item-navigation';
import { useShortcuts } from './use-shortcuts';
import { useTextHover } from './use-text-hover';
import { useWorkspaceHighlights } from './use-workspace-highlights';
import { workspaceItems, type Current } from './workspace-items';

const NO_SUGGESTIONS: Suggestion[] = [];
const nothing = () => undefined;

/**
 * One annotator's work on an article, read-only: their accepted annotations painted, J/K and
 * the list to step through them, and nothing that writes.
 */
export function useWorkView(
  articleId: string,
  annotatorId: string,
  textRef: RefObject<HTMLElement | null>,
) {
  const data = useAnnotatorWork(articleId, annotatorId);
  const { labels, visible } = data;
  const [current, setCurrent] = useState<Current>(null);
  const items = useMemo(() => workspaceItems(visible, NO_SUGGESTIONS), [visible]);
  const selected =
    current?.kind === 'annotation'
      ? (visible.find((annotation) => annotation.id === current.id) ?? null)
      : null;
  const highlights = useWorkspaceHighlights(textRef, {
    labels,
    visible,
    suggestions: NO_SUGGESTIONS,
    currentSuggestion: null,
    selectedAnnotation: selected,
  });
  const navigation = useItemNavigation({
    textRef,
    focusAnnotationId: undefined,
    stored: visible,
    visible,
    suggestions: NO_SUGGESTIONS,
    items,
    current,
    setCurrent,
    clearPending: nothing,
    flash: highlights.flash,
  });
  useReadOnlyShortcuts(navigation.move, () => setCurrent(null));
  const hover = useTextHover(textRef, { visible, suggestions: NO_SUGGESTIONS, labels });
  return {
    ...data,
    selected,
    navigation,
    hover,
    teacherAssignment: useTeacherAssignmentFor(articleId),
  };
}

/** What the view reads: the annotator's accepted annotations, the codebook, the names. */
function useAnnotatorWork(articleId: string, annotatorId: string) {
  const annotationsQuery = useArticleAnnotations(articleId);
  const codebook = useCodebook().data;
  const annotators = useAnnotators().data;
  const labels = useMemo(() => codebook?.labels ?? [], [codebook]);
  const actors = useMemo(() => codebook?.actors ?? [], [codebook]);
  const annotatorNames = useMemo(
    () => new Map((annotators?.all ?? []).map((annotator) => [annotator.id, annotator.name])),
    [annotators],
  );
  const visible = useMemo(
    () =>
      (annotationsQuery.data ?? [])
        .filter((annotation) => annotation.annotatorId === annotatorId)
        .filter((annotation) => annotation.status === 'accepted')
        .sort(byTextOrder),
    [annotationsQuery.data, annotatorId],
  );
  return {
    error: annotationsQuery.isError ? annotationsQuery.error : null,
    labels,
    actors,
    annotatorName: annotatorNames.get(annotatorId) ?? 'an unknown annotator',
    annotatorNames,
    visible,
  };
}

/** J/K step, Esc lets go; every key that would change something does nothing here. */
export function useReadOnlyShortcuts(move: (step: 1 | -1) => void, onEscape: () => void) {
  useShortcuts({
    labels: [],
    onLabelKey: nothing,
    onDelete: nothing,
    onEscape,
    onNext: () => move(1),
    onPrevious: () => move(-1),
    onAccept: null,
    onReject: null,
    onUndo: nothing,
    onRedo: nothing,
  });
}

/** The teacher's own assignment holding this article, if any (named in the banner). */
function useTeacherAssignmentFor(articleId: string) {
  const { data } = useAssignments();
  return (
    (data ?? []).find(
      (assignment) => assignment.role === 'teacher' && assignment.articleIds.includes(articleId),
    ) ?? null
  );
}
