import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  codebookQueryOptions,
  deleteLabelReassigning,
  getActiveCodebook,
  updateCodebook,
} from '../../../db';
import type { EditResult } from '../../../domain/codebook/edit-codebook';
import type { Codebook } from '../../../domain/types';

export type CodebookEdit = (codebook: Codebook) => EditResult;

export const codebookEditKey = ['settings', 'codebook-edit'] as const;

/*
 * The edit is re-applied to the codebook as stored at the moment of saving (read and write in
 * one transaction), not to what the screen showed, so two quick edits (or an edit in another
 * tab) never undo each other. Edits share a mutation scope: they run one after the other.
 */
async function applyEdit(edit: CodebookEdit): Promise<Codebook> {
  return updateCodebook((current) => {
    const result = edit(current);
    if (!result.ok) throw new Error(result.error);
    return result.codebook;
  });
}

export function useSaveCodebookEdit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: codebookEditKey,
    mutationFn: applyEdit,
    scope: { id: 'codebook' },
    // The next edit checks against the screen at once, so the screen takes what was written.
    onSuccess: (saved) => queryClient.setQueryData(codebookQueryOptions().queryKey, saved),
  });
}

export interface DeleteLabelInput {
  labelId: string;
  /** Required when annotations or lexicon entries use the label. */
  replacementLabelId: string | null;
}

async function deleteLabel({ labelId, replacementLabelId }: DeleteLabelInput): Promise<Codebook> {
  // Annotations and lexicon entries move to the replacement in the same transaction.
  return deleteLabelReassigning(await getActiveCodebook(), labelId, replacementLabelId);
}

export function useDeleteLabel() {
  return useMutation({
    mutationKey: codebookEditKey,
    mutationFn: deleteLabel,
    scope: { id: 'codebook' },
  });
}
