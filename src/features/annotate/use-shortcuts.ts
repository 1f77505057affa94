import { useEffect, useRef, useState } from 'react';
import type { Label, Voice } from '../../domain/types';

export interface ShortcutHandlers {
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
  /** Absent or null when nothing current can take a target, voice or valence. */
  onAttributes?: AttributeHandlers | null;
  /** The keys of the editor (N, /, ?); the read-only views have none. */
  onFocusNote?: () => void;
  onFind?: () => void;
  onHelp?: () => void;
}

export interface AttributeHandlers {
  /** The key pressed after T (the target is chosen from it, or the choice abandoned). */
  onTargetKey: (key: string) => void;
  onVoice: (voice: Voice) => void;
  onValenceStep: (step: 1 | -1) => void;
}

const VOICE_KEYS: Record<string, Voice> = { o: 'own', q: 'quoted', a: 'attributed' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * The reader's keyboard shortcuts; ignored while typing in a field or inside a dialog.
 * `awaitingTarget` is true between T and the key that picks the actor.
 */
export function useShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  const [awaitingTarget, setAwaitingTarget] = useState(false);
  const awaiting = useRef(false);
  useEffect(() => {
    ref.current = handlers;
    awaiting.current = awaitingTarget;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.isComposing) return;
      const h = ref.current;
      if (awaiting.current && !['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
        event.preventDefault();
        awaiting.current = false;
        setAwaitingTarget(false);
        if (event.key !== 'Escape') h.onAttributes?.onTargetKey(event.key);
        return;
      }
      if (undoKeys(event, h)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const handled =
        labelKey(event.key, h) ||
        attributeKey(event.key, h.onAttributes ?? null, () => {
          awaiting.current = true;
          setAwaitingTarget(true);
        }) ||
        otherKey(event, h);
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return { awaitingTarget };
}

function undoKeys(event: KeyboardEvent, h: ShortcutHandlers): boolean {
  if (!(event.ctrlKey || event.metaKey)) return false;
  const key = event.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return false;
  event.preventDefault();
  if (key === 'z' && !event.shiftKey) h.onUndo();
  else h.onRedo();
  return true;
}

function labelKey(key: string, h: ShortcutHandlers): boolean {
  const label = /^[1-9]$/.test(key) ? h.labels.find((each) => each.key === key) : undefined;
  if (label) h.onLabelKey(label.id);
  return label !== undefined;
}

function attributeKey(
  key: string,
  attributes: AttributeHandlers | null,
  awaitTarget: () => void,
): boolean {
  if (!attributes) return false;
  const lower = key.toLowerCase();
  const voice = VOICE_KEYS[lower];
  if (voice) attributes.onVoice(voice);
  else if (lower === 't') awaitTarget();
  else if (key === '-' || key === '−') attributes.onValenceStep(-1);
  else if (key === '+' || key === '=') attributes.onValenceStep(1);
  else return false;
  return true;
}

/** Returns whether the key was one of these (its default action is then prevented). */
function otherKey(event: KeyboardEvent, h: ShortcutHandlers): boolean {
  if (event.key === 'Escape') {
    h.onEscape();
    return false;
  }
  const actions: Record<string, (() => void) | null> = {
    delete: h.onDelete,
    j: h.onNext,
    k: h.onPrevious,
    n: h.onFocusNote ?? null,
    '/': h.onFind ?? null,
    '?': h.onHelp ?? null,
    backspace: h.onReject,
    // Enter on a focused button presses that button instead.
    enter: event.target instanceof HTMLButtonElement ? null : h.onAccept,
  };
  const action = actions[event.key.toLowerCase()] ?? null;
  action?.();
  return action !== null;
}
