import type { SaveState } from './use-edit-history';

const messages = {
  saving: 'Saving…',
  saved: 'All changes saved',
  failed: 'Last change NOT saved',
};

export function SaveStatus({ state }: { state: SaveState }) {
  if (state === 'idle') return null;
  return (
    <span
      role="status"
      className={`text-xs ${state === 'failed' ? 'font-semibold text-red-700' : 'text-slate-600'}`}
      data-save-state={state}
    >
      {messages[state]}
    </span>
  );
}
