import { useRef, useState } from 'react';
import { detectLanguage } from '../../domain/text/detect-language';
import { languageLabel, UNDETERMINED } from '../../domain/text/language-tag';
import { isBlank } from '../../domain/text/normalize-text';

function languageHint(detected: string | null): string {
  if (detected === null) return 'Told from the text once it is pasted; change it if it is wrong.';
  if (detected === UNDETERMINED) {
    return 'The language could not be told from the text: choose it, or it is saved as “Not known”.';
  }
  return `Detected from the text: ${languageLabel(detected)}. Change it if it is wrong.`;
}

/**
 * The language told from the text as it is pasted or typed: it fills the Language field until
 * the person chooses one there; when it cannot be told, "Not known" (und), and the hint asks.
 */
export function useDetectedLanguage(setLanguage: (tag: string) => void) {
  const [detected, setDetected] = useState<string | null>(null);
  const chosen = useRef(false);
  const detectFrom = (text: string) => {
    const language = isBlank(text) ? null : detectLanguage(text);
    setDetected(language);
    if (!chosen.current) setLanguage(language ?? '');
  };
  const markChosen = () => {
    chosen.current = true;
  };
  return { hint: languageHint(detected), detectFrom, markChosen };
}
