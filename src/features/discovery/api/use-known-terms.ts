import { useCallback, useMemo } from 'react';
import { useLexicon, usePersonalLexicon } from '../../../db';
import { isInLexicon } from '../../../domain/discovery/discovered-entry';
import { compileLexicon } from '../../../domain/lexicon/match-lexicon';

/**
 * Whether the lexicon or the personal layer already suggests a term; null until both are read.
 */
export function useKnownTerms(): ((term: string) => boolean) | null {
  const lexicon = useLexicon();
  const personal = usePersonalLexicon();
  const matcher = useMemo(
    () =>
      lexicon.data && personal.data ? compileLexicon([...lexicon.data, ...personal.data]) : null,
    [lexicon.data, personal.data],
  );
  const known = useCallback(
    (term: string) => (matcher ? isInLexicon(matcher, term) : false),
    [matcher],
  );
  return matcher ? known : null;
}
