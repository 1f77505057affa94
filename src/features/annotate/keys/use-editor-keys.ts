import { useRef, useState, type RefObject } from 'react';
import type { Actor } from '../../../domain/types';
import { useShortcuts, type ShortcutHandlers } from '../use-shortcuts';
import { attributeHandlers, type Editable } from './attribute-keys';

/** The shortcuts' handlers, except those the editor supplies itself (attributes, N, /, ?). */
type EditorKeyInputs = Omit<
  ShortcutHandlers,
  'onAttributes' | 'onFocusNote' | 'onFind' | 'onHelp'
> & {
  textRef: RefObject<HTMLElement | null>;
  actors: Actor[];
  /** The current suggestion or own annotation the attribute keys change; null: none. */
  editable: Editable | null;
};

export type KeyPanel = 'find' | 'help' | null;

/**
 * Every key of the reader's editor: the shortcuts, the find box (/) and the Shortcuts sheet
 * (?), and N to the note field. Whatever takes focus for a moment gives it back to the text.
 */
export function useEditorKeys({ textRef, actors, editable, ...handlers }: EditorKeyInputs) {
  const [panel, setPanel] = useState<KeyPanel>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const backToText = () => textRef.current?.focus({ preventScroll: true });
  const { awaitingTarget } = useShortcuts({
    ...handlers,
    onAttributes: attributeHandlers(actors, editable),
    onFocusNote: () => noteRef.current?.focus(),
    onFind: () => setPanel('find'),
    onHelp: () => setPanel('help'),
  });
  return {
    awaitingTarget,
    panel,
    openHelp: () => setPanel('help'),
    closePanel: () => {
      setPanel(null);
      backToText();
    },
    noteRef,
    /** Escape in the note field: back to the text, where the caret still is. */
    leaveNote: backToText,
  };
}
