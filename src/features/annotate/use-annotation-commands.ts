import type { AnnotationPatch } from '../../db';
import type { AnnotationChange } from '../../domain/annotations/edit-history';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation, Annotator } from '../../domain/types';
import type { PaintedSpan } from './dom/highlight-painter';
import { afterNextPaint } from './dom/after-next-paint';
import { useRecordSuggestionFeedback } from './api/suggestion-feedback-mutation';
import { newAnnotation, type NewAnnotationContext } from './new-annotation';
import { useEditHistory } from './use-edit-history';
import type { TextSpan } from './use-text-selection';
import { suggestionKey, toCurrent, type Current, type WorkspaceItem } from './workspace-items';

interface CommandInputs extends NewAnnotationContext {
  me: Annotator | null;
  items: WorkspaceItem[];
  selectedAnnotation: Annotation | null;
  setCurrent: (current: Current) => void;
  withAnnotator: (action: (annotatorId: string) => void) => void;
  resolvePending: () => TextSpan | null;
  clearPending: () => void;
  showPending: (span: PaintedSpan) => void;
  settlePending: (key: string, keep: boolean) => void;
  /** After an annotation was made (an assignment article is then in progress). */
  onCreated: (annotatorId: string) => void;
  /** After words were marked by hand (selection and label, not a suggestion accepted). */
  onMarkedByHand: (annotation: Annotation) => void;
  /** A label key while a suggestion is current (and no words are selected); else null. */
  onLabelSuggestion: ((labelId: string) => void) | null;
}

/**
 * Every change a person makes to the article's annotations — label, edit, delete, accept or
 * reject suggestions, undo, redo — written through the edit history, then shown as current.
 */
export function useAnnotationCommands(inputs: CommandInputs) {
  const { me, items, selectedAnnotation, setCurrent, withAnnotator } = inputs;
  const { resolvePending, clearPending, showPending, settlePending } = inputs;
  const history = useEditHistory(inputs.articleId);
  const feedback = useRecordSuggestionFeedback();
  const create = (annotatorId: string, span: TextSpan, labelId: string, from?: Suggestion) =>
    newAnnotation(inputs, annotatorId, span, labelId, from);
  const isMine = (annotation: Annotation | null): annotation is Annotation =>
    annotation !== null && annotation.annotatorId === me?.id;

  const createFromPending = (labelId: string) => {
    const span = resolvePending();
    if (!span) return;
    withAnnotator(async (annotatorId) => {
      const annotation = create(annotatorId, span, labelId);
      // On screen in the next frame; the status says "Saving…" until the write has landed,
      // which starts once that frame is painted so that nothing delays it.
      showPending({ key: annotation.id, start: span.start, end: span.end, labelId });
      await afterNextPaint();
      const written = await history.apply('create', [{ before: null, after: annotation }]);
      settlePending(annotation.id, written !== null);
      if (written) {
        inputs.onCreated(annotatorId);
        clearPending();
        setCurrent({ kind: 'annotation', id: annotation.id });
        inputs.onMarkedByHand(annotation);
      }
    });
  };

  const updateSelected = (patch: AnnotationPatch) => {
    if (!selectedAnnotation) return;
    void history.applyPatch('edit', selectedAnnotation.id, patch);
  };

  // A note draft is written only over the note it was started from.
  const saveNote = async (note: string, basedOn: string) => {
    if (!selectedAnnotation) return 'failed' as const;
    return history.applyPatch('edit', selectedAnnotation.id, { note }, { note: basedOn });
  };

  const deleteSelected = async () => {
    if (!isMine(selectedAnnotation)) return;
    const index = items.findIndex((item) => item.key === selectedAnnotation.id);
    const written = await history.apply('delete', [
      { before: selectedAnnotation, after: { ...selectedAnnotation, deleted: 1 } },
    ]);
    if (written) {
      const next = items[index + 1] ?? items[index - 1];
      setCurrent(next && next.key !== selectedAnnotation.id ? toCurrent(next) : null);
    }
  };

  const accept = (suggestionsToAccept: Suggestion[], description: string) =>
    withAnnotator(async (annotatorId) => {
      const changes: AnnotationChange[] = suggestionsToAccept.map((suggestion) => ({
        before: null,
        after: create(annotatorId, suggestion, suggestion.labelId, suggestion),
      }));
      const shown = changes.length === 1 ? changes[0]?.after : undefined;
      if (shown) {
        showPending({ key: shown.id, start: shown.start, end: shown.end, labelId: shown.labelId });
      }
      const written = await history.apply(description, changes);
      if (shown) settlePending(shown.id, written !== null);
      if (written) {
        inputs.onCreated(annotatorId);
        const entryIds = suggestionsToAccept.map((suggestion) => suggestion.entryId);
        feedback.mutate({ outcome: 'accepted', annotatorId, entryIds });
      }
      if (written && suggestionsToAccept.length === 1 && changes[0]) {
        setCurrent({ kind: 'annotation', id: changes[0].after.id });
      }
    });

  const reject = (suggestion: Suggestion) =>
    withAnnotator(async (annotatorId) => {
      const index = items.findIndex((item) => item.key === suggestionKey(suggestion));
      const rejection = {
        ...create(annotatorId, suggestion, suggestion.labelId, suggestion),
        status: 'rejected-suggestion' as const,
      };
      const written = await history.apply('reject suggestion', [
        { before: null, after: rejection },
      ]);
      if (written) {
        feedback.mutate({ outcome: 'rejected', annotatorId, entryId: suggestion.entryId });
        const next = items[index + 1];
        setCurrent(next ? toCurrent(next) : null);
      }
    });

  const runUndo = async (direction: 'undo' | 'redo') => {
    const step = direction === 'undo' ? await history.undo() : await history.redo();
    const first = step?.changes[0]?.after;
    if (first)
      setCurrent(
        direction === 'undo' && step.changes[0]?.before === null
          ? null
          : { kind: 'annotation', id: first.id },
      );
  };

  const pickLabel = (labelId: string) => {
    if (resolvePending()) createFromPending(labelId);
    else if (isMine(selectedAnnotation)) updateSelected({ labelId });
    else inputs.onLabelSuggestion?.(labelId);
  };

  return { history, updateSelected, saveNote, deleteSelected, accept, reject, runUndo, pickLabel };
}
