import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { getArticle, keyUnder, useCodebook } from '../../../db';
import { handoutArticle, type HandoutArticle } from './handout-content';

async function readHandoutArticles(assignment: Assignment): Promise<HandoutArticle[]> {
  const found = await Promise.all(assignment.articleIds.map((id) => getArticle(id)));
  return found
    .filter((entry) => entry !== null)
    .map(({ article, outlet }) => handoutArticle(assignment, article, outlet));
}

const handoutQueryOptions = (assignment: Assignment) =>
  queryOptions({
    queryKey: keyUnder(
      'articles',
      'handout',
      assignment.articleIds,
      assignment.mode,
      assignment.outletCodes,
    ),
    queryFn: () => readHandoutArticles(assignment),
  });

/** The handout's articles and codebook (as handed out, else the library's current one). */
export function useHandoutData(assignment: Assignment) {
  const articles = useQuery(handoutQueryOptions(assignment));
  const activeCodebook = useCodebook();
  const codebook = assignment.codebook ?? activeCodebook.data ?? null;
  return {
    articles: articles.data,
    codebook,
    error: articles.error ?? activeCodebook.error,
  };
}
