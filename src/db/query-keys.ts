/**
 * Query keys, one root per table. Mutations invalidate through these, and so does the
 * cross-tab change feed (see watch-changes.ts), so every view refreshes through the same key.
 */
export const queryKeys = {
  articles: ['articles'] as const,
  articleList: () => ['articles', 'list'] as const,
  article: (id: string) => ['articles', 'detail', id] as const,
  articleTexts: () => ['articles', 'texts'] as const,
  outlets: ['outlets'] as const,
  annotations: ['annotations'] as const,
  liveAnnotationCount: (articleId: string) => ['annotations', 'live-count', articleId] as const,
  codebooks: ['codebooks'] as const,
  lexicon: ['lexicon'] as const,
  annotators: ['annotators'] as const,
  meta: ['meta'] as const,
};

/** Which query roots depend on each table. */
export const dependentKeysByTable: Record<string, readonly (readonly string[])[]> = {
  articles: [queryKeys.articles],
  outlets: [queryKeys.outlets, queryKeys.articles],
  annotations: [queryKeys.annotations, queryKeys.articles],
  codebooks: [queryKeys.codebooks],
  lexicon: [queryKeys.lexicon],
  annotators: [queryKeys.annotators],
  meta: [queryKeys.meta, queryKeys.annotators],
};
