import { useMemo, useRef, useState, type RefObject } from 'react';
import { useAnnotators, useCodebook } from '../../db';
import { annotationsAt } from '../../domain/annotations/create-annotation';
import { compareWithKey } from '../../domain/scoring/compare-with-key';
import type { ComparedSpan, ComparisonKind } from '../../domain/scoring/score-types';
import type { Actor, Annotation, Label } from '../../domain/types';
import { useArticleAnnotations } from './api/article-annotations-query';
import type { PaintedSpan } from './dom/highlight-painter';
import { offsetAtPoint } from './dom/text-offsets';
import { useHighlights } from './use-highlights';
import { useReadOnlyShortcuts } from './use-work-view';
import { stepIndex } from './workspace-items';

const NO_SPANS: PaintedSpan[] = [];
const NO_LABELS: Label[] = [];
const NO_ACTORS: Actor[] = [];

const spanKey = (span: ComparedSpan<Annotation>) =>
  `${span.kind}:${span.key?.id ?? ''}:${span.student?.id ?? ''}`;

/** Each kind in its own highlight layer, styled by its line (see HighlightPainter). */
function comparisonLayers(compared: readonly ComparedSpan<Annotation>[]) {
  const layers: Record<`fl-vs-${ComparisonKind}`, PaintedSpan[]> = {
    'fl-vs-matched': [],
    'fl-vs-missed': [],
    'fl-vs-extra': [],
  };
  for (const span of compared) {
    layers[`fl-vs-${span.kind}`].push({
      key: spanKey(span),
      start: span.start,
      end: span.end,
      labelId: '',
    });
  }
  return layers;
}

/** The article's annotations by the student and by the key, compared; names and codebook. */
function useComparedSpans(articleId: string, ids: { studentId: string; keyId: string }) {
  const annotationsQuery = useArticleAnnotations(articleId);
  const codebook = useCodebook().data;
  const annotators = useAnnotators().data;
  // Right after a write (a feedback file just opened), the cache still holds the annotations
  // from before it until the refetch lands: counts from those would be a wrong verdict
  // ("Missed 0"), so the comparison waits for the current ones.
  const current =
    annotationsQuery.isSuccess && !(annotationsQuery.isFetching && annotationsQuery.isStale);
  const compared = useMemo(() => {
    const stored = current ? annotationsQuery.data : [];
    const of = (annotatorId: string) => stored.filter((a) => a.annotatorId === annotatorId);
    return compareWithKey(of(ids.studentId), of(ids.keyId));
  }, [current, annotationsQuery.data, ids.studentId, ids.keyId]);
  return {
    reading: !current && !annotationsQuery.isError,
    error: annotationsQuery.isError ? annotationsQuery.error : null,
    labels: codebook?.labels ?? NO_LABELS,
    actors: codebook?.actors ?? NO_ACTORS,
    nameOf: (annotatorId: string) =>
      annotators?.all.find((annotator) => annotator.id === annotatorId)?.name ??
      'an unknown annotator',
    compared,
  };
}

/**
 * "You vs the key" on one article: the student's spans against the key's, as matched, missed
 * and extra, painted and stepped through with J/K (read-only: nothing here writes).
 */
export function useKeyComparison(
  articleId: string,
  ids: { studentId: string; keyId: string },
  textRef: RefObject<HTMLElement | null>,
) {
  const data = useComparedSpans(articleId, ids);
  const { compared } = data;
  const layers = useMemo(() => comparisonLayers(compared), [compared]);
  const [index, setIndex] = useState<number | null>(null);
  const current = index === null ? null : (compared[index] ?? null);
  const panelRef = useRef<HTMLElement>(null);
  const highlights = useHighlights(textRef, {
    labels: data.labels,
    annotations: NO_SPANS,
    suggestions: NO_SPANS,
    currentSuggestion: null,
    selected: current ? { ...current, key: spanKey(current), labelId: '' } : null,
    extra: layers,
  });

  const move = (step: 1 | -1) => {
    const next = compared.length === 0 ? -1 : stepIndex(compared.length, index ?? -1, step);
    const span = compared[next];
    if (!span) return;
    setIndex(next);
    highlights.flash(span);
  };
  useReadOnlyShortcuts(
    (step) => {
      move(step);
      // From the keyboard, focus follows the current span's panel (read out by screen readers).
      requestAnimationFrame(() => panelRef.current?.focus({ preventScroll: true }));
    },
    () => setIndex(null),
  );

  const onTextClick = (event: React.MouseEvent) => {
    const container = textRef.current;
    const offset = container ? offsetAtPoint(container, event.clientX, event.clientY) : null;
    if (offset === null) return;
    const [hit] = [...annotationsAt(compared, offset), ...annotationsAt(compared, offset - 1)];
    if (hit) setIndex(compared.indexOf(hit));
  };

  return { ...data, counts: countKinds(compared), index, current, move, onTextClick, panelRef };
}

function countKinds(compared: readonly ComparedSpan[]): Record<ComparisonKind, number> {
  const counts: Record<ComparisonKind, number> = { matched: 0, missed: 0, extra: 0 };
  for (const span of compared) counts[span.kind] += 1;
  return counts;
}
