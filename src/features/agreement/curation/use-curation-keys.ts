import { useEffect, useRef } from 'react';

export interface CurationKeyActions {
  /** Picks version `n` (1-based). */
  pick: (n: number) => void;
  accept: () => void;
  edit: () => void;
  reject: () => void;
  previous: () => void;
  next: () => void;
  undo: () => void;
}

const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range']);

/** Where typing goes into a field: the curation keys must leave it alone. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Enter on a button, link or summary already does what that control says. */
function activatesItself(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

function actionFor(event: KeyboardEvent, actions: CurationKeyActions): (() => void) | null {
  const key = event.key;
  if (event.ctrlKey || event.metaKey) return key.toLowerCase() === 'z' ? actions.undo : null;
  if (/^[1-9]$/.test(key)) return () => actions.pick(Number(key));
  if (key === 'Enter') return activatesItself(event.target) ? null : actions.accept;
  if (key === 'Backspace') return actions.reject;
  const letters: Record<string, (() => void) | undefined> = {
    e: actions.edit,
    j: actions.next,
    k: actions.previous,
    u: actions.undo,
  };
  return letters[key.toLowerCase()] ?? null;
}

/**
 * The curation keys (number keys pick, Enter accepts, E edits, Backspace rejects, J/K move,
 * U or Ctrl+Z undoes), wherever focus is except in a text field, a select or an open dialog.
 */
export function useCurationKeys(actions: CurationKeyActions, enabled: boolean): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const action = actionFor(event, latest.current);
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
