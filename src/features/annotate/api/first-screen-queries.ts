import { queryOptions } from '@tanstack/react-query';
import { getArticleAnnotation, keyUnder, listArticleAnnotationsStartingIn } from '../../../db';
import type { TextWindow } from '../first-screen';

/** The annotation a link opened the article at (null: not in this article, or deleted). */
export const linkedAnnotationQueryOptions = (articleId: string, id: string) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'linked', articleId, id),
    queryFn: () => getArticleAnnotation(articleId, id),
  });

/** The article's annotations that start in `window`: what its first screen shows. */
export const firstScreenAnnotationsQueryOptions = (articleId: string, window: TextWindow | null) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'first-screen', articleId, window?.from, window?.to),
    queryFn: () =>
      window ? listArticleAnnotationsStartingIn(articleId, window.from, window.to) : [],
  });
