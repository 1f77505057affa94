import type { Annotation } from '../../../domain/types';
import type { Suggestion } from '../../../domain/suggestions/build-suggestions';
import type { TextSpan } from '../use-text-selection';

interface SheetInputs {
  pending: TextSpan | null;
  selectedAnnotation: Annotation | null;
  currentSuggestion: Suggestion | null | undefined;
}

/**
 * The words the phone sheet is about — the selection waiting for a label, else the current
 * annotation or suggestion — or null when the sheet is closed.
 */
export function sheetSubject(workspace: SheetInputs): TextSpan | null {
  return workspace.pending ?? workspace.selectedAnnotation ?? workspace.currentSuggestion ?? null;
}
