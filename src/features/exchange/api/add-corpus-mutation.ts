import { useMutation } from '@tanstack/react-query';
import { addCorpusArticles, type CorpusArticleInput } from '../../../db';

export function useAddCorpusArticles() {
  return useMutation({ mutationFn: (inputs: CorpusArticleInput[]) => addCorpusArticles(inputs) });
}
