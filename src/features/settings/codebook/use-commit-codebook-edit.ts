import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { codebookQueryOptions } from '../../../db';
import { useToast } from '../../../ui/toast-context';
import { useSaveCodebookEdit, type CodebookEdit } from '../api/codebook-mutations';
import { errorText } from '../../../ui/error-text';

/**
 * Saves one codebook edit. Resolves to null once it is stored, or to the message to show
 * next to the control: a refusal (checked first against what is on screen, so it appears at
 * once) or a failed write (also shown as an error toast).
 */
export function useCommitCodebookEdit(): (edit: CodebookEdit) => Promise<string | null> {
  const queryClient = useQueryClient();
  const { mutateAsync } = useSaveCodebookEdit();
  const toast = useToast();
  return useCallback(
    async (edit: CodebookEdit) => {
      const shown = queryClient.getQueryData(codebookQueryOptions().queryKey);
      if (shown) {
        const check = edit(shown);
        if (!check.ok) return check.error;
      }
      try {
        await mutateAsync(edit);
        return null;
      } catch (error) {
        const message = `Not saved: ${errorText(error)}`;
        toast.show({ message, tone: 'error' });
        return message;
      }
    },
    [queryClient, mutateAsync, toast],
  );
}
