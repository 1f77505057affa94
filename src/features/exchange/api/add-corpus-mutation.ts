import { useMutation } from '@tanstack/react-query';
import { commitFile } from '../../../workers/intake/intake-client';
import type { CorpusChoice } from '../../../workers/intake/intake-protocol';

/** Adds the chosen articles of files the intake pipeline has read, in one transaction. */
export function useAddCorpusArticles() {
  return useMutation({
    mutationFn: ({ fileIds, articles }: { fileIds: string[]; articles: CorpusChoice[] }) =>
      commitFile<'corpus'>(fileIds, { intake: 'corpus', articles }),
  });
}
