import type { Assignment } from '../../../domain/classroom/classroom-types';
import type { Codebook } from '../../../domain/types';
import type { ArticleListItem } from '../../../db';

/** What the teacher's tables call articles and labels. */
export interface AssignmentNames {
  /** The assignment's articles in its order, with title and outlet name. */
  articles: { id: string; title: string; outletId: string; outletName: string }[];
  articleTitles: Record<string, string>;
  labelNames: Record<string, string>;
}

export function assignmentNames(
  assignment: Assignment,
  cards: readonly ArticleListItem[],
  codebook: Codebook | null,
): AssignmentNames {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const articles = assignment.articleIds.map((id) => {
    const card = byId.get(id);
    return {
      id,
      title: card?.title ?? 'Article no longer in the library',
      outletId: card?.outletId ?? '',
      outletName: card?.outletName ?? 'Unknown outlet',
    };
  });
  const labels = (assignment.codebook ?? codebook)?.labels ?? [];
  return {
    articles,
    articleTitles: Object.fromEntries(articles.map((article) => [article.id, article.title])),
    labelNames: Object.fromEntries(labels.map((label) => [label.id, label.name])),
  };
}
