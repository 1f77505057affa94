import { createAnchorer, type AnchorResult, type AnchorSelector } from '../../anchoring/reanchor';
import { isGraphemeBoundary, snapToGraphemes } from '../../text/graphemes';
import { quoteSelector } from '../../text/quote-selector';
import type { Annotation, Article } from '../../types';
import type { SpanMove } from '../foreign-import';
import type {
  OrphanRecord,
  PlanInput,
  PlannedAnnotation,
  PlannedOrphan,
  SpanChange,
} from './plan-types';

/**
 * Where one annotation lands in its article's stored text: kept at its offsets, re-anchored by
 * its quote (moved), widened to whole characters (snapped), or orphaned.
 */

/** Where the annotations of one file article (or document) land. */
export interface Destination {
  articleId: string;
  text: string;
  title: string;
  /** The stored text differs from the one the offsets were made on. */
  differentText: boolean;
  anchor: ((selector: AnchorSelector) => AnchorResult) | null;
}

type Placement =
  | {
      ok: true;
      annotation: Annotation;
      /** Why it is not at its offsets, or null. */
      moved: string | null;
      /** The span before it was widened to whole characters, or null. */
      snappedFrom: { start: number; end: number } | null;
    }
  | { ok: false; reason: string };

function whyMoved(destination: Destination, annotation: Annotation): string {
  if (destination.differentText) return 'the article’s text in your library differs';
  if (annotation.end > destination.text.length) {
    return `its offsets ${annotation.start}–${annotation.end} are past the end of the text (${destination.text.length} characters)`;
  }
  return `the text at its offsets ${annotation.start}–${annotation.end} is not its quote`;
}

function place(destination: Destination, annotation: Annotation): Placement {
  const { text } = destination;
  const onArticle = { ...annotation, articleId: destination.articleId };
  let start = annotation.start;
  let end = annotation.end;
  let moved: string | null = null;
  const kept =
    !destination.differentText &&
    annotation.end <= text.length &&
    text.slice(annotation.start, annotation.end) === annotation.exact;
  if (!kept) {
    destination.anchor ??= createAnchorer(text);
    const result = destination.anchor(annotation);
    if (result.status === 'orphaned') return { ok: false, reason: result.reason };
    ({ start, end } = result);
    if (start !== annotation.start || end !== annotation.end)
      moved = whyMoved(destination, annotation);
  }
  // Never half a character: an edge inside a surrogate pair or a grapheme cluster widens it.
  if (!isGraphemeBoundary(text, start) || !isGraphemeBoundary(text, end)) {
    const snapped = snapToGraphemes(text, start, end);
    return {
      ok: true,
      annotation: {
        ...onArticle,
        start: snapped.start,
        end: snapped.end,
        ...quoteSelector(text, snapped.start, snapped.end),
      },
      moved,
      snappedFrom: { start, end },
    };
  }
  // Kept exactly as given (context included), so a round trip is lossless.
  if (kept) return { ok: true, annotation: onArticle, moved: null, snappedFrom: null };
  return {
    ok: true,
    annotation: { ...onArticle, start, end, ...quoteSelector(text, start, end) },
    moved,
    snappedFrom: null,
  };
}

export function destinationFor(
  article: Article,
  differentText: boolean,
  title: string,
): Destination {
  return { articleId: article.id, text: article.text, title, differentText, anchor: null };
}

export interface Collected {
  annotations: PlannedAnnotation[];
  orphans: PlannedOrphan[];
  changes: SpanChange[];
  skippedRejected: number;
}

export function newCollected(): Collected {
  return { annotations: [], orphans: [], changes: [], skippedRejected: 0 };
}

export function orphanRecord(
  input: PlanInput,
  annotation: Annotation,
  reason: string,
  where: string,
  articleTitle: string,
): OrphanRecord {
  return {
    annotation,
    reason,
    where,
    fileName: input.fileName,
    articleTitle,
    importedAt: input.now,
  };
}

/** Places one annotation and files it as planned, orphaned or (a rejected suggestion) skipped. */
export function collect(
  out: Collected,
  input: PlanInput,
  destination: Destination,
  annotation: Annotation,
  group: string,
  where: string,
  parserMove?: SpanMove,
): void {
  if (annotation.deleted === 1) {
    // A tombstone is never shown: it only needs to reach the same id, wherever it was.
    out.annotations.push({
      annotation: { ...annotation, articleId: destination.articleId },
      group,
    });
    return;
  }
  const placed = place(destination, annotation);
  if (placed.ok) {
    const final = placed.annotation;
    const to = { start: final.start, end: final.end };
    const articleTitle = destination.title;
    if (parserMove || placed.moved !== null) {
      out.changes.push({
        kind: 'moved',
        exact: final.exact,
        from: parserMove?.from ?? { start: annotation.start, end: annotation.end },
        to,
        where: parserMove?.where ?? where,
        articleTitle,
        reason: parserMove?.reason ?? placed.moved ?? '',
      });
    }
    if (placed.snappedFrom) {
      out.changes.push({
        kind: 'snapped',
        exact: final.exact,
        from: placed.snappedFrom,
        to,
        where: parserMove?.where ?? where,
        articleTitle,
        reason: 'an edge cut a character (an emoji or a letter with its marks) in two',
      });
    }
    out.annotations.push({ annotation: final, group });
    return;
  }
  if (annotation.status === 'rejected-suggestion') {
    out.skippedRejected++;
    return;
  }
  out.orphans.push({
    orphan: orphanRecord(
      input,
      { ...annotation, articleId: destination.articleId },
      placed.reason,
      where,
      destination.title,
    ),
    group,
  });
}
