import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { becomeAnnotator, useLoadAnnotators } from '../../../db';
import type { Annotator } from '../../../domain/types';
import type { NameDialogProps } from '../../../ui/name-dialog';

/**
 * Runs an action as the current annotator (the curator), asking for a name first when nobody is
 * named yet; nothing runs if the person cancels.
 */
export function useCuratorGate(): {
  asCurator: (action: (me: Annotator) => void) => void;
  dialog: NameDialogProps;
} {
  const loadAnnotators = useLoadAnnotators();
  const become = useMutation({ mutationFn: (name: string) => becomeAnnotator(name) });
  const [asking, setAsking] = useState(false);
  const afterNamed = useRef<((me: Annotator) => void) | null>(null);

  const asCurator = useCallback(
    (action: (me: Annotator) => void) => {
      void loadAnnotators().then((state) => {
        if (state.current) return action(state.current);
        afterNamed.current = action;
        setAsking(true);
      });
    },
    [loadAnnotators],
  );

  const onSubmit = (name: string) =>
    become.mutate(name, {
      onSuccess: (annotator) => {
        setAsking(false);
        const action = afterNamed.current;
        afterNamed.current = null;
        action?.(annotator);
      },
    });
  const onCancel = () => {
    afterNamed.current = null;
    setAsking(false);
  };
  return {
    asCurator,
    dialog: {
      open: asking,
      saving: become.isPending,
      error: become.error?.message ?? null,
      onSubmit,
      onCancel,
    },
  };
}
