import type { Annotation } from '../../types';
import { assignArticles, type ForeignImport } from '../foreign-import';
import type { ArticleIndex } from './article-matching';
import type { LabelProposals } from './label-proposals';
import {
  collect,
  destinationFor,
  newCollected,
  orphanRecord,
  type Collected,
  type Destination,
} from './place-annotation';
import { KNOWN_LABELS, type PlanInput } from './plan-types';

/** A foreign file (W3C, Label Studio, doccano, CSV): its annotations placed on their documents. */
export function planForeign(
  data: ForeignImport,
  destinations: ReadonlyMap<string, Destination>,
  index: ArticleIndex,
  input: PlanInput,
  labels: LabelProposals,
): Collected {
  const collected = newCollected();
  // Document keys → article ids; W3C and CSV annotations already name library articles.
  const ids = new Map([...destinations].map(([key, destination]) => [key, destination.articleId]));
  const assigned = assignArticles(data, ids);
  const destinationOf = (annotation: Annotation): Destination | null => {
    for (const [key, destination] of destinations) {
      if (destination.articleId === annotation.articleId && ids.get(key)) return destination;
    }
    const article = index.byId.get(annotation.articleId);
    return article ? destinationFor(article, false, article.title) : null;
  };
  const byArticle = new Map<string, Destination | null>();
  const lookup = (annotation: Annotation): Destination | null => {
    if (!byArticle.has(annotation.articleId))
      byArticle.set(annotation.articleId, destinationOf(annotation));
    return byArticle.get(annotation.articleId) ?? null;
  };
  const titleOf = (articleId: string): string => index.byId.get(articleId)?.title ?? '';
  const moves = new Map(data.moves.map((move) => [move.annotationId, move]));

  const take = (annotation: Annotation, group: string, where: string) => {
    const destination = lookup(annotation);
    if (!destination) {
      collected.orphans.push({
        orphan: orphanRecord(input, annotation, 'its article is not in your library', where, ''),
        group,
      });
      return;
    }
    collect(collected, input, destination, annotation, group, where, moves.get(annotation.id));
  };
  for (const [n, annotation] of assigned.annotations.entries())
    take(annotation, KNOWN_LABELS, `annotation ${n + 1}`);
  for (const [n, entry] of assigned.needsLabel.entries()) {
    const label = labels.byName(entry.labelName);
    take(
      { ...entry.annotation, labelId: label.labelId },
      label.group,
      `annotation ${n + 1} (${entry.labelName})`,
    );
  }
  // The parsers' own orphans (article unknown, quote not found) are kept whatever their label:
  // the person picks the label when re-attaching one.
  for (const entry of assigned.orphaned) {
    collected.orphans.push({
      orphan: orphanRecord(
        input,
        entry.annotation,
        entry.reason,
        entry.where,
        titleOf(entry.annotation.articleId),
      ),
      group: KNOWN_LABELS,
    });
  }
  return collected;
}
