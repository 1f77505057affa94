import { useEffect, useRef, useState } from 'react';
import { findInOtherArticles, type CorpusSearchResult } from '../../../db';
import { compileForms } from '../../../domain/suggestions/similar-occurrences';
import { errorText } from '../../../ui/error-text';

/** How many occurrences are listed at most (the rest are counted). */
const LISTED = 500;

export type CorpusSearchState =
  | { status: 'idle' }
  | { status: 'searching'; read: number; total: number }
  | { status: 'done'; result: CorpusSearchResult }
  | { status: 'failed'; message: string };

/**
 * "Find in other articles": the term's occurrences in the rest of the corpus, on request, with
 * progress. A search stops when the panel goes away.
 */
export function useCorpusSearch(forms: readonly string[], articleId: string) {
  const [state, setState] = useState<CorpusSearchState>({ status: 'idle' });
  const cancelled = useRef(false);
  useEffect(() => {
    cancelled.current = false;
    return () => {
      cancelled.current = true;
    };
  }, []);

  const search = (annotatorId: string) => {
    setState({ status: 'searching', read: 0, total: 0 });
    findInOtherArticles(compileForms(forms), {
      excludeArticleId: articleId,
      annotatorId,
      limit: LISTED,
      onProgress: (read, total) => {
        if (!cancelled.current) setState({ status: 'searching', read, total });
      },
      isCancelled: () => cancelled.current,
    }).then(
      (result) => {
        if (!cancelled.current) setState({ status: 'done', result });
      },
      (error: unknown) => {
        if (!cancelled.current) setState({ status: 'failed', message: errorText(error) });
      },
    );
  };

  return { state, search };
}
