/** The message of the error a cancelled import (or restore) rejects with: nothing was written. */
export const IMPORT_CANCELLED_MESSAGE = 'The import was cancelled: nothing was written.';
