import { useMutation } from '@tanstack/react-query';
import { addPersonalTerms, newId, nowIso } from '../../../db';
import { discoveredEntry, type DiscoveredTerm } from '../../../domain/discovery/discovered-entry';

/** Adds a candidate to the personal lexicon layer; the change feed refreshes the lexicon. */
export function useAddDiscoveredTerm() {
  return useMutation({
    mutationFn: (term: DiscoveredTerm) =>
      addPersonalTerms([discoveredEntry(term, newId(), nowIso())]),
  });
}
