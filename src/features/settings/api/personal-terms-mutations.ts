import { useMutation } from '@tanstack/react-query';
import {
  addPersonalTerms,
  deletePersonalTerm,
  forgetSuggestionFeedback,
  mergeIntoPersonalLexicon,
} from '../../../db';
import type { LexiconEntry, PersonalLexiconEntry } from '../../../domain/types';

export function useRemovePersonalTerm() {
  return useMutation({ mutationFn: (id: string) => deletePersonalTerm(id) });
}

/** Puts a removed term back as it was (the Undo of Remove). */
export function useRestorePersonalTerm() {
  return useMutation({ mutationFn: (entry: PersonalLexiconEntry) => addPersonalTerms([entry]) });
}

export function useImportPersonalTerms() {
  return useMutation({
    mutationFn: (entries: readonly LexiconEntry[]) => mergeIntoPersonalLexicon(entries, 'imported'),
  });
}

export function useOfferAgain() {
  return useMutation({
    mutationFn: ({ annotatorId, entryId }: { annotatorId: string; entryId: string }) =>
      forgetSuggestionFeedback(annotatorId, entryId),
  });
}
