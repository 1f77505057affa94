import { useState, type RefObject } from 'react';
import type { ProgressState } from '../../domain/classroom/classroom-types';
import type { Article } from '../../domain/types';
import { useConfirmSimilar } from './similar/use-confirm-similar';
import { useSimilarOffers } from './similar/use-similar-offers';
import { useAnnotationCommands } from './use-annotation-commands';
import { useAssignmentContext } from './use-assignment-context';
import { useAnnotatorGate } from './use-annotator-gate';
import { useBlindMode } from './use-blind-mode';
import { useCurrentItem } from './use-current-item';
import { useDisagreementMap } from './disagreement/use-disagreement-map';
import { useEditorKeys } from './keys/use-editor-keys';
import { useSuggestionEdits } from './keys/use-suggestion-edits';
import { useItemNavigation } from './use-item-navigation';
import { useSuggestions } from './use-suggestions';
import { useTextHover } from './use-text-hover';
import { useTextSelection } from './use-text-selection';
import { useWorkspaceData } from './use-workspace-data';
import { useWorkspaceHighlights } from './use-workspace-highlights';

/**
 * The annotation workspace's state: the data, what is selected and current, the suggestions,
 * the commands with their history, and the keyboard shortcuts. `textRef` is the element the
 * article text is rendered in; highlights are painted over it.
 */
export function useAnnotationWorkspace(
  article: Article,
  focusAnnotationId: string | undefined,
  textRef: RefObject<HTMLElement | null>,
  openDisagreementMap = false,
) {
  const text = article.text;
  // A linked annotation may be someone else's: show everyone's so that it is visible.
  const [showEveryone, setShowEveryone] = useState(Boolean(focusAnnotationId));
  const [blind, setBlindMode] = useBlindMode();
  const data = useWorkspaceData(article.id, showEveryone, { textRef, focusAnnotationId });
  const { labels, actors, me, stored, visible } = data;
  const assignment = useAssignmentContext(article.id, me);
  const suggestionsOff = blind || assignment.suggestionsLocked;
  const selection = useTextSelection(textRef, text);
  const map = useDisagreementMap(article, openDisagreementMap, selection.pending);
  const lexiconOffers = useSuggestions({
    text,
    lexicon: data.lexicon,
    actors,
    mine: data.mine,
    blind: suggestionsOff,
    annotatorId: me?.id ?? null,
    hold: !data.loaded,
  });
  const { allMatches, ready: suggestionsReady } = lexiconOffers;
  // After a term is marked by hand its other occurrences are offered among the suggestions.
  const similar = useSimilarOffers({
    articleId: article.id,
    text,
    lexicon: data.lexicon,
    mine: data.mine,
    suggestions: lexiconOffers.suggestions,
    suggestionsOff,
  });
  const { suggestions } = similar;
  const currentItem = useCurrentItem({ focusAnnotationId, stored, visible, suggestions });
  const { current, setCurrent, items, selectedAnnotation } = currentItem;
  // Changes made to a suggestion before accepting it stay on it (J/K and back keep them).
  const suggestionEdits = useSuggestionEdits();
  const currentSuggestion =
    currentItem.currentSuggestion && suggestionEdits.withEdits(currentItem.currentSuggestion);
  // While the words just marked by hand are selected, Enter confirms their next occurrence.
  const nextSimilar = similar.nextAfter(selectedAnnotation);
  const highlights = useWorkspaceHighlights(textRef, {
    labels,
    visible: data.paintable,
    suggestions,
    currentSuggestion: currentSuggestion ?? nextSimilar,
    selectedAnnotation,
    extra: map.layers,
  });
  const gate = useAnnotatorGate(me);
  const commands = useAnnotationCommands({
    articleId: article.id,
    text,
    actors,
    matches: allMatches,
    suggestionsOn: !suggestionsOff,
    onCreated: assignment.markStarted,
    me,
    items,
    selectedAnnotation,
    setCurrent,
    withAnnotator: gate.withAnnotator,
    resolvePending: selection.resolvePending,
    clearPending: selection.clear,
    showPending: highlights.showPending,
    settlePending: highlights.settlePending,
    onMarkedByHand: similar.remember,
    onLabelSuggestion:
      currentSuggestion && ((labelId) => suggestionEdits.edit(currentSuggestion, { labelId })),
  });
  const confirmSimilar = useConfirmSimilar({
    articleId: article.id,
    text,
    offers: similar.offers,
    history: commands.history,
    withAnnotator: gate.withAnnotator,
    setCurrent,
    flash: highlights.flash,
    showPending: highlights.showPending,
    settlePending: highlights.settlePending,
    onCreated: assignment.markStarted,
  });
  const navigation = useItemNavigation({
    textRef,
    focusAnnotationId,
    stored,
    visible,
    suggestions,
    items,
    current,
    setCurrent,
    clearPending: selection.clear,
    flash: highlights.flash,
    caret: selection.caretSpan,
    placeCaret: selection.placeCaret,
  });
  const hover = useTextHover(textRef, {
    visible,
    suggestions,
    labels,
    onOffset: map.onHoverOffset,
  });
  // While the map is on, J/K step through its contested spans instead of the annotations.
  const stepContested = (direction: 1 | -1) => map.step(direction, highlights.flash);

  const { accept, reject, runUndo } = commands;
  const acceptCurrent = currentSuggestion
    ? () =>
        similar.isOffer(currentSuggestion)
          ? confirmSimilar(currentSuggestion)
          : accept([currentSuggestion], 'accept suggestion')
    : nextSimilar && (() => confirmSimilar(nextSimilar));
  const ownSelected = selectedAnnotation?.annotatorId === me?.id ? selectedAnnotation : null;
  const keys = useEditorKeys({
    textRef,
    labels,
    actors,
    editable: currentSuggestion
      ? {
          valence: currentSuggestion.valence,
          apply: (patch) => suggestionEdits.edit(currentSuggestion, patch),
        }
      : ownSelected && { valence: ownSelected.valence, apply: commands.updateSelected },
    onLabelKey: commands.pickLabel,
    onDelete: () => void commands.deleteSelected(),
    onEscape: () => {
      selection.clear();
      setCurrent(null);
    },
    onNext: () => (map.on ? stepContested(1) : navigation.move(1)),
    onPrevious: () => (map.on ? stepContested(-1) : navigation.move(-1)),
    onAccept: acceptCurrent,
    onReject: currentSuggestion ? () => reject(currentSuggestion) : null,
    onUndo: () => void runUndo('undo'),
    onRedo: () => void runUndo('redo'),
  });

  const toggleBlind = () => {
    if (assignment.suggestionsLocked) return;
    const next = !blind;
    setBlindMode(next);
    if (next && current?.kind === 'suggestion') setCurrent(null);
  };

  return {
    annotationsError: data.annotationsError,
    data,
    pending: selection.pending,
    clearPending: selection.clear,
    onTextKeyDown: selection.onTextKeyDown,
    keys,
    /** The find box's start (after the caret's words) and what a found span does. */
    find: { from: selection.caretSpan?.end ?? 0, select: selection.selectSpan },
    suggestions,
    suggestionsReady,
    selectedAnnotation,
    currentSuggestion,
    setCurrent,
    commands,
    acceptCurrent,
    similar,
    nextSimilar,
    withAnnotator: gate.withAnnotator,
    navigation,
    hover,
    map,
    stepContested,
    annotatorDialog: gate.dialog,
    assignment,
    /** A progress mark is this person's: someone not yet named is asked first. */
    markProgress: (state: ProgressState) =>
      gate.withAnnotator((annotatorId) => assignment.mark(state, annotatorId)),
    view: {
      showEveryone,
      setShowEveryone,
      blind: suggestionsOff,
      blindLocked: assignment.suggestionsLocked,
      toggleBlind,
    },
  };
}

export type AnnotationWorkspaceState = ReturnType<typeof useAnnotationWorkspace>;
