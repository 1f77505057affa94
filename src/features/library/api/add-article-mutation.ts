import { useMutation } from '@tanstack/react-query';
import { addArticle } from '../../../db';
import type { NewArticleInput } from '../../../domain/article-input';

export function useAddArticle() {
  return useMutation({ mutationFn: (input: NewArticleInput) => addArticle(input, 'paste') });
}
