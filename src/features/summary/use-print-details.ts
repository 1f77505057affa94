import { useEffect } from 'react';

/** Opens every "How is this computed?" while printing, and closes again those that were shut. */
export function usePrintDetails(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [
        ...document.querySelectorAll<HTMLDetailsElement>('details[data-how-computed]'),
      ].filter((details) => !details.open);
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
