import { useEffect, useRef } from 'react';
import type { Label } from '../../domain/types';

interface Handlers {
  labels: Label[];
  onLabelKey: (labelId: string) => void;
  onDelete: () => void;
  onEscape: () => void;
  onNext: () => void;
  onPrevious: () => void;
  /** Null when there is no current suggestion (Enter and Backspace then do nothing). */
  onAccept: (() => void) | null;
  onReject: (() => void) | null;
  onUndo: () => void;
  onRedo: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The reader's keyboard shortcuts; ignored while typing in a field or inside a dialog. */
export function useShortcuts(handlers: Handlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const h = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      if (mod && key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) h.onRedo();
        else h.onUndo();
        return;
      }
      if (mod && key.toLowerCase() === 'y') {
        event.preventDefault();
        h.onRedo();
        return;
      }
      if (mod || event.altKey) return;
      const label = /^[1-9]$/.test(key)
        ? h.labels.find((candidate) => candidate.key === key)
        : undefined;
      if (label) {
        event.preventDefault();
        h.onLabelKey(label.id);
      } else if (key === 'Delete') {
        event.preventDefault();
        h.onDelete();
      } else if (key === 'Escape') {
        h.onEscape();
      } else if (key === 'j' || key === 'J') {
        event.preventDefault();
        h.onNext();
      } else if (key === 'k' || key === 'K') {
        event.preventDefault();
        h.onPrevious();
      } else if (key === 'Enter' && h.onAccept && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        h.onAccept();
      } else if (key === 'Backspace' && h.onReject) {
        event.preventDefault();
        h.onReject();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
