import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, readLibraryFirstScreen } from '../../../db';

/** Enough of each outlet's newest articles to fill a tall screen. */
const ARTICLES_PER_OUTLET = 20;

export const libraryFirstScreenQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('articles', 'first-screen', ARTICLES_PER_OUTLET),
    queryFn: () => readLibraryFirstScreen(ARTICLES_PER_OUTLET),
  });

export function useLibraryFirstScreen() {
  return useQuery(libraryFirstScreenQueryOptions());
}
