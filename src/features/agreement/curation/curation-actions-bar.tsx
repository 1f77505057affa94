import { Button } from '../../../ui/button';
import type { CurationKeyActions } from './use-curation-keys';

/** The buttons behind the keys, each naming its key (shown, and as aria-keyshortcuts). */
export function CurationActionsBar({
  actions,
  decided,
  busy,
  canUndo,
}: {
  actions: CurationKeyActions;
  decided: boolean;
  busy: boolean;
  canUndo: boolean;
}) {
  const buttons: {
    name: string;
    keys: string;
    shown: string;
    run: () => void;
    disabled: boolean;
    variant?: 'primary';
  }[] = [
    {
      name: 'Accept',
      keys: 'Enter',
      shown: 'Enter',
      run: actions.accept,
      disabled: decided || busy,
      variant: 'primary',
    },
    { name: 'Edit', keys: 'E', shown: 'E', run: actions.edit, disabled: decided || busy },
    {
      name: 'Reject',
      keys: 'Backspace',
      shown: '⌫',
      run: actions.reject,
      disabled: decided || busy,
    },
    { name: 'Previous group', keys: 'K', shown: 'K', run: actions.previous, disabled: false },
    { name: 'Next group', keys: 'J', shown: 'J', run: actions.next, disabled: false },
    {
      name: 'Undo',
      keys: 'U Control+Z',
      shown: 'U',
      run: actions.undo,
      disabled: !canUndo || busy,
    },
  ];
  return (
    <div className="flex flex-wrap gap-2">
      {buttons.map((button) => (
        <Button
          key={button.name}
          variant={button.variant ?? 'secondary'}
          aria-keyshortcuts={button.keys}
          disabled={button.disabled}
          onClick={button.run}
        >
          {button.name}
          <kbd
            aria-hidden="true"
            className="ml-1 rounded border border-current px-1 text-xs opacity-80"
          >
            {button.shown}
          </kbd>
        </Button>
      ))}
    </div>
  );
}
