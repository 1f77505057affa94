import { useCallback, useState } from 'react';

const BLIND_KEY = 'framelens.blind-mode';

/** Blind mode hides the lexicon suggestions; the choice lasts as long as the tab. */
export function useBlindMode() {
  const [blind, setBlind] = useState(() => sessionStorage.getItem(BLIND_KEY) === '1');
  const setBlindMode = useCallback((next: boolean) => {
    setBlind(next);
    sessionStorage.setItem(BLIND_KEY, next ? '1' : '0');
  }, []);
  return [blind, setBlindMode] as const;
}
