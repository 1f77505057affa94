import type { Annotation } from '../../types';
import type { Collected } from './place-annotation';
import type { OtherArticleConflict } from './plan-types';

/**
 * A file id that is only unique inside the file (see ForeignImport.alternateIds) and already
 * belongs to an annotation on another article gives way to the id derived from its document.
 */
export function settleIds(
  collected: Collected,
  alternateIds: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, Annotation>,
): void {
  if (alternateIds.size === 0) return;
  const settle = (annotation: Annotation): Annotation => {
    const alternate = alternateIds.get(annotation.id);
    const stored = existing.get(annotation.id);
    return alternate !== undefined && stored && stored.articleId !== annotation.articleId
      ? { ...annotation, id: alternate }
      : annotation;
  };
  for (const entry of collected.annotations) entry.annotation = settle(entry.annotation);
  for (const entry of collected.orphans)
    entry.orphan = { ...entry.orphan, annotation: settle(entry.orphan.annotation) };
}

/** Takes out the annotations whose id is stored on another article (see OtherArticleConflict). */
export function takeOtherArticleConflicts(
  collected: Collected,
  existing: ReadonlyMap<string, Annotation>,
  titleOf: (articleId: string) => string,
): OtherArticleConflict[] {
  const conflicts: OtherArticleConflict[] = [];
  collected.annotations = collected.annotations.filter(({ annotation, group }) => {
    const stored = existing.get(annotation.id);
    if (!stored || stored.articleId === annotation.articleId) return true;
    conflicts.push({
      existing: stored,
      incoming: annotation,
      group,
      existingTitle: titleOf(stored.articleId),
      incomingTitle: titleOf(annotation.articleId),
    });
    return false;
  });
  // An orphan with such an id would, once re-attached, take the stored annotation with it.
  collected.orphans = collected.orphans.filter(({ orphan, group }) => {
    const stored = existing.get(orphan.annotation.id);
    if (!stored || stored.articleId === orphan.annotation.articleId) return true;
    conflicts.push({
      existing: stored,
      incoming: orphan.annotation,
      group,
      existingTitle: titleOf(stored.articleId),
      incomingTitle: orphan.articleTitle || titleOf(orphan.annotation.articleId),
    });
    return false;
  });
  return conflicts;
}
