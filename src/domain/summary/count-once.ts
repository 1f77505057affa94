import type { SummaryAnnotation } from './summary-types';

function byPosition(a: SummaryAnnotation, b: SummaryAnnotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The annotation that stands for a place: the most common start and end among the place's
 * spans (ties: the earlier start, then the longer span); of the annotations with that span,
 * the first by id. Its term, target, voice and valence are what the place counts as.
 */
function representative<A extends SummaryAnnotation>(place: readonly A[]): A {
  const votes = new Map<string, { first: A; count: number }>();
  for (const annotation of place) {
    const span = `${annotation.start}:${annotation.end}`;
    const vote = votes.get(span);
    if (vote) vote.count += 1;
    else votes.set(span, { first: annotation, count: 1 });
  }
  let best: { first: A; count: number } | undefined;
  for (const vote of votes.values()) {
    if (
      !best ||
      vote.count > best.count ||
      (vote.count === best.count && vote.first.start < best.first.start) ||
      (vote.count === best.count &&
        vote.first.start === best.first.start &&
        vote.first.end > best.first.end)
    ) {
      best = vote;
    }
  }
  return best!.first;
}

/** Places of one article and label: runs of spans that overlap, directly or through others. */
function placesOf<A extends SummaryAnnotation>(spans: A[]): A[][] {
  spans.sort(byPosition);
  const places: A[][] = [];
  let current: A[] = [];
  let reach = -Infinity;
  for (const span of spans) {
    if (current.length > 0 && span.start >= reach) {
      places.push(current);
      current = [];
      reach = -Infinity;
    }
    current.push(span);
    reach = Math.max(reach, span.end);
  }
  if (current.length > 0) places.push(current);
  return places;
}

/**
 * Counting each place once when several people annotated the same article: per article and
 * label, spans that overlap (one shared character is enough, also through a third span) are one
 * place, counted as one representative annotation.
 */
export function eachPlaceOnce<A extends SummaryAnnotation>(annotations: readonly A[]): A[] {
  const groups = new Map<string, A[]>();
  for (const annotation of annotations) {
    const group = `${annotation.articleId}\u0000${annotation.labelId}`;
    const list = groups.get(group);
    if (list) list.push(annotation);
    else groups.set(group, [annotation]);
  }
  const counted: A[] = [];
  for (const spans of groups.values()) {
    for (const place of placesOf(spans)) counted.push(representative(place));
  }
  return counted;
}
