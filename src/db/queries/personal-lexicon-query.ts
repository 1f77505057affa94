import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  listPersonalLexicon,
  listSuggestionFeedback,
} from '../repositories/personal-lexicon-repository';
import { keyUnder } from '../query-keys';

export const personalLexiconQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('lexicon', 'personal'),
    queryFn: () => listPersonalLexicon(),
  });

export function usePersonalLexicon() {
  return useQuery(personalLexiconQueryOptions());
}

export function useSuggestionFeedback(annotatorId: string | null) {
  return useQuery({
    queryKey: keyUnder('suggestionFeedback', annotatorId),
    queryFn: () => (annotatorId ? listSuggestionFeedback(annotatorId) : []),
  });
}
