import { useEffect, useId, useRef } from 'react';
import { Button } from '../../ui/button';

const SHORTCUTS: { keys: string[]; what: string }[] = [
  {
    keys: ['1–9'],
    what: 'Label the selection; on a suggestion or your annotation, change its label',
  },
  { keys: ['T', '1–9, a–z'], what: 'Target: T, then the actor’s number or letter (0 or ⌫: none)' },
  { keys: ['O', 'Q', 'A'], what: 'Voice: own, quoted, attributed' },
  { keys: ['−', '+'], what: 'Valence one step down / up' },
  { keys: ['N'], what: 'Write a note on the selected annotation (Esc: back to the text)' },
  { keys: ['Enter'], what: 'Accept the current suggestion, with your changes' },
  { keys: ['⌫'], what: 'Reject the current suggestion' },
  { keys: ['J', 'K'], what: 'Next / previous annotation or suggestion' },
  { keys: ['←', '→'], what: 'Select the previous / next word (in right-to-left text, as seen)' },
  { keys: ['↑', '↓'], what: 'Select a word on the line above / below' },
  { keys: ['Home', 'End'], what: 'First / last word of the paragraph' },
  { keys: ['Ctrl+←', 'Ctrl+→'], what: 'By sentence (Alt+arrows too)' },
  { keys: ['Shift'], what: 'With any of the moves above: extend the selection' },
  { keys: ['/'], what: 'Find: type a few letters, Enter selects the next occurrence' },
  { keys: ['Delete'], what: 'Delete the selected annotation' },
  { keys: ['Esc'], what: 'Clear the selection' },
  { keys: ['Ctrl+Z', 'Ctrl+Shift+Z'], what: 'Undo / redo' },
  { keys: ['?'], what: 'This list' },
];

/** Opens the Shortcuts sheet from the sidebar (? does the same from the text). */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  return (
    <Button variant="ghost" className="self-start" onClick={onOpen} aria-keyshortcuts="?">
      Keyboard shortcuts <kbd className="font-mono text-xs">?</kbd>
    </Button>
  );
}

/** The "Shortcuts" sheet: every key of the reader, as a modal dialog (Esc closes it). */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  // Closed before it unmounts: while a modal dialog is open, nothing outside it takes focus.
  const close = () => {
    ref.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      className="m-auto max-h-[90vh] w-[min(40rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="flex flex-col gap-3 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          Shortcuts
        </h2>
        <table className="text-sm">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.what} className="border-t border-slate-200 align-top">
                <th scope="row" className="whitespace-nowrap py-1 pr-4 text-left font-normal">
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' '}
                      <kbd className="rounded border border-slate-400 bg-slate-50 px-1 font-mono text-xs">
                        {key}
                      </kbd>
                    </span>
                  ))}
                </th>
                <td className="py-1 text-slate-800">{shortcut.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Button variant="primary" className="self-end" onClick={close} autoFocus>
          Close
        </Button>
      </div>
    </dialog>
  );
}
