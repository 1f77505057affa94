import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { annotatorsQueryOptions, codebookQueryOptions } from '../../db';
import type { Annotation } from '../../domain/types';
import {
  firstScreenAnnotationsQueryOptions,
  linkedAnnotationQueryOptions,
} from './api/first-screen-queries';
import { rangeFromOffsets } from './dom/text-offsets';
import { firstScreenWindow } from './first-screen';

/**
 * The article's lines are 2rem high; no readable text has lines under 16 px, so counting
 * lines of 16 px bounds the text on screen whatever the font size, without measuring it.
 */
const MIN_LINE_PX = 16;

/** Puts the annotation a third of the way down the viewport, at once (before the frame). */
function scrollToLinked(container: HTMLElement, annotation: Annotation): void {
  const box = rangeFromOffsets(
    container,
    annotation.start,
    annotation.end,
  )?.getBoundingClientRect();
  if (!box) return;
  window.scrollTo({ top: window.scrollY + box.top - window.innerHeight / 3, behavior: 'instant' });
}

/**
 * What the reader shows first: the annotations on the text that can be on screen when it
 * opens, read before the rest (`started` once that read is asked for). Opened at a linked
 * annotation, the text stays hidden (`hideText`) until it is scrolled there, so it never jumps.
 */
export function useFirstScreen(
  articleId: string,
  textRef: RefObject<HTMLElement | null>,
  linkedId: string | undefined,
) {
  const queryClient = useQueryClient();
  // Where the page is as the reader opens, read once before the text is laid out. What the first
  // screen needs is asked for now, while the text is rendered, not once it is committed and laid
  // out (when queries ask), and in the order it is needed: IndexedDB answers in the order asked.
  const [opened] = useState(() => {
    const at = { scrollY: window.scrollY, height: window.innerHeight, lineHeight: MIN_LINE_PX };
    void queryClient.prefetchQuery(codebookQueryOptions());
    void queryClient.prefetchQuery(annotatorsQueryOptions());
    if (linkedId) void queryClient.prefetchQuery(linkedAnnotationQueryOptions(articleId, linkedId));
    else {
      const textWindow = firstScreenWindow(at, null);
      void queryClient.prefetchQuery(firstScreenAnnotationsQueryOptions(articleId, textWindow));
    }
    return at;
  });
  // Both reads serve the opening only: once answered, later writes do not read them again.
  const linkedQuery = useQuery({
    ...linkedAnnotationQueryOptions(articleId, linkedId ?? ''),
    enabled: (query) => Boolean(linkedId) && query.state.data === undefined,
  });
  // Undefined while it is being read; null without a link (or when it leads nowhere).
  const linked = !linkedId || linkedQuery.isError ? null : linkedQuery.data;
  const textWindow = useMemo(
    () => (linked === undefined ? null : firstScreenWindow(opened, linked?.start ?? null)),
    [linked, opened],
  );
  // At a link, the window is known once the linked annotation is read: asked for at once.
  useLayoutEffect(() => {
    if (textWindow) {
      void queryClient.prefetchQuery(firstScreenAnnotationsQueryOptions(articleId, textWindow));
    }
  }, [queryClient, articleId, textWindow]);
  const [placed, setPlaced] = useState(false);
  useLayoutEffect(() => {
    const container = textRef.current;
    if (placed || !linked || !container) return;
    scrollToLinked(container, linked);
    setPlaced(true);
  }, [placed, linked, textRef]);
  const rowsQuery = useQuery({
    ...firstScreenAnnotationsQueryOptions(articleId, textWindow),
    enabled: (query) => textWindow !== null && query.state.data === undefined,
  });
  return {
    rows: rowsQuery.data,
    /** Its read is under way (or done): reads started after it are answered after it. */
    started: textWindow !== null,
    hideText: linked === undefined || (linked !== null && !placed),
  };
}
