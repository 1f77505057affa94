/** Which articles discovery reads: null = all (of the chosen outlets, for articles). */
export interface DiscoverySelection {
  outletIds: readonly string[] | null;
  articleIds: readonly string[] | null;
}

export const ALL_ARTICLES: DiscoverySelection = { outletIds: null, articleIds: null };

/** The ids of the chosen articles, in the order of `articles`. */
export function chosenArticleIds(
  articles: readonly { id: string; outletId: string }[],
  selection: DiscoverySelection,
): string[] {
  const outlets = selection.outletIds && new Set(selection.outletIds);
  const chosen = selection.articleIds && new Set(selection.articleIds);
  return articles
    .filter(
      (article) =>
        (!outlets || outlets.has(article.outletId)) && (!chosen || chosen.has(article.id)),
    )
    .map((article) => article.id);
}
