/** Keys of the `meta` table that more than one module reads or writes. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const CURRENT_ANNOTATOR_KEY = 'currentAnnotatorId';
