import { useMutation } from '@tanstack/react-query';
import { dismissBackupReminder } from '../../../db';

export function useDismissBackupReminder() {
  return useMutation({ mutationFn: () => dismissBackupReminder() });
}
