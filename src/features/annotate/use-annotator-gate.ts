import { useCallback, useRef, useState } from 'react';
import type { Annotator } from '../../domain/types';
import { useLoadAnnotators } from '../../db';
import { useBecomeAnnotator } from './api/become-annotator-mutation';

/**
 * Runs an action as the current annotator. Someone not yet named is asked for a name first
 * (`dialog` holds the name dialog's props); the action runs once they are named, or not at
 * all if they cancel.
 */
export function useAnnotatorGate(me: Annotator | null) {
  const becomeAnnotator = useBecomeAnnotator();
  const loadAnnotators = useLoadAnnotators();
  const [askingName, setAskingName] = useState(false);
  const afterNamed = useRef<((annotatorId: string) => void) | null>(null);

  const withAnnotator = useCallback(
    (action: (annotatorId: string) => void) => {
      if (me) {
        action(me.id);
        return;
      }
      // A key pressed before the stored annotator has been read waits for it, rather than
      // asking a known annotator for their name again.
      void loadAnnotators().then((state) => {
        if (state.current) {
          action(state.current.id);
          return;
        }
        afterNamed.current = action;
        setAskingName(true);
      });
    },
    [me, loadAnnotators],
  );

  const submitName = (name: string) => {
    becomeAnnotator.mutate(name, {
      onSuccess: (annotator) => {
        setAskingName(false);
        // Durable storage is requested when there is first something worth keeping.
        void navigator.storage?.persist?.();
        const action = afterNamed.current;
        afterNamed.current = null;
        action?.(annotator.id);
      },
    });
  };

  const cancel = () => {
    afterNamed.current = null;
    setAskingName(false);
  };

  return {
    withAnnotator,
    dialog: {
      open: askingName,
      saving: becomeAnnotator.isPending,
      error: becomeAnnotator.error?.message ?? null,
      onSubmit: submitName,
      onCancel: cancel,
    },
  };
}
