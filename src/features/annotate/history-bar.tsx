import type { Annotator } from '../../domain/types';
import { Button } from '../../ui/button';
import { SaveStatus } from './save-status';
import type { useEditHistory } from './use-edit-history';

type HistoryState = Pick<
  ReturnType<typeof useEditHistory>,
  'saveState' | 'canUndo' | 'canRedo' | 'undoLabel' | 'redoLabel'
>;

interface Props {
  me: Annotator | null;
  history: HistoryState;
  onUndo: () => void;
  onRedo: () => void;
}

/** Who is annotating, whether the last change is saved, and undo/redo. */
export function HistoryBar({ me, history, onUndo, onRedo }: Props) {
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span>
          {me ? (
            <>
              Annotating as <strong>{me.name}</strong>
            </>
          ) : (
            'You will be asked for your name when you first annotate.'
          )}
        </span>
        <SaveStatus state={history.saveState} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={onUndo}
          disabled={!history.canUndo}
          title="Ctrl+Z"
          aria-keyshortcuts="Control+Z"
        >
          Undo{history.undoLabel ? ` ${history.undoLabel}` : ''}
        </Button>
        <Button
          onClick={onRedo}
          disabled={!history.canRedo}
          title="Ctrl+Shift+Z"
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo{history.redoLabel ? ` ${history.redoLabel}` : ''}
        </Button>
      </div>
    </>
  );
}
