import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Annotator } from '../domain/types';
import { becomeAnnotator, useLoadAnnotators } from '../db';
import type { NameDialogProps } from './name-dialog';

/**
 * Runs an action as the current annotator, asking for a name first when there is none yet;
 * the action does not run if the person cancels.
 */
export function useNameGate(): {
  withName: (action: (me: Annotator) => void) => void;
  dialog: NameDialogProps;
} {
  const loadAnnotators = useLoadAnnotators();
  const become = useMutation({ mutationFn: (name: string) => becomeAnnotator(name) });
  const [asking, setAsking] = useState(false);
  const afterNamed = useRef<((me: Annotator) => void) | null>(null);

  const withName = useCallback(
    (action: (me: Annotator) => void) => {
      void loadAnnotators().then((state) => {
        if (state.current) {
          action(state.current);
          return;
        }
        afterNamed.current = action;
        setAsking(true);
      });
    },
    [loadAnnotators],
  );

  const onSubmit = (name: string) => {
    become.mutate(name, {
      onSuccess: (annotator) => {
        setAsking(false);
        void navigator.storage?.persist?.();
        const action = afterNamed.current;
        afterNamed.current = null;
        action?.(annotator);
      },
    });
  };

  const onCancel = () => {
    afterNamed.current = null;
    setAsking(false);
  };

  return {
    withName,
    dialog: {
      open: asking,
      saving: become.isPending,
      error: become.error?.message ?? null,
      onSubmit,
      onCancel,
    },
  };
}
