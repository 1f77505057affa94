import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newId, nowIso, type AnnotationPatch } from '../../db';
import {
  annotationsAt,
  byTextOrder,
  createAnnotation,
} from '../../domain/annotations/create-annotation';
import { overlapChecker } from '../../domain/annotations/span-overlap';
import type { AnnotationChange } from '../../domain/annotations/edit-history';
import { detectVoice } from '../../domain/attribution/detect-voice';
import { suggestTarget } from '../../domain/attribution/suggest-target';
import { compileLexicon } from '../../domain/lexicon/match-lexicon';
import { eachSuggestion, type Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation, Article } from '../../domain/types';
import { ArticleText } from '../../ui/article-text';
import { Button } from '../../ui/button';
import { useArticleAnnotations } from './api/article-annotations-query';
import {
  useAnnotators,
  useBecomeAnnotator,
  useCodebook,
  useLexicon,
  useLoadAnnotators,
} from './api/shared-data-hooks';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationList } from './annotation-list';
import { AnnotatorDialog } from './annotator-dialog';
import { afterNextPaint } from './dom/after-next-paint';
import { SLICE_MS, yieldToBrowser } from './dom/yield-to-browser';
import { offsetAtPoint } from './dom/text-offsets';
import { LabelPalette } from './label-palette';
import { SuggestionCard } from './suggestion-card';
import { useEditHistory } from './use-edit-history';
import { useHighlights } from './use-highlights';
import { useShortcuts } from './use-shortcuts';
import { useTextSelection } from './use-text-selection';

type Current = { kind: 'annotation'; id: string } | { kind: 'suggestion'; key: string } | null;

const BLIND_KEY = 'framelens.blind-mode';
const suggestionKey = (suggestion: { start: number; end: number }) =>
  `s:${suggestion.start}:${suggestion.end}`;

interface AnnotationWorkspaceProps {
  article: Article;
  /** Opened from a link to one annotation (e.g. the concordance): select it and scroll to it. */
  focusAnnotationId?: string;
}

export function AnnotationWorkspace({ article, focusAnnotationId }: AnnotationWorkspaceProps) {
  const text = article.text;
  const textRef = useRef<HTMLDivElement>(null);
  const annotationsQuery = useArticleAnnotations(article.id);
  const codebookQuery = useCodebook();
  const lexiconQuery = useLexicon();
  const annotatorsQuery = useAnnotators();
  const becomeAnnotator = useBecomeAnnotator();
  const loadAnnotators = useLoadAnnotators();
  const history = useEditHistory(article.id);
  const {
    pending,
    resolvePending,
    clear: clearPending,
    onTextKeyDown,
  } = useTextSelection(textRef, text);

  const [current, setCurrent] = useState<Current>(
    focusAnnotationId ? { kind: 'annotation', id: focusAnnotationId } : null,
  );
  // A linked annotation may be someone else's: show everyone's so that it is visible.
  const [showEveryone, setShowEveryone] = useState(Boolean(focusAnnotationId));
  const [blind, setBlind] = useState(() => sessionStorage.getItem(BLIND_KEY) === '1');
  const [askingName, setAskingName] = useState(false);
  const [hover, setHover] = useState<{ x: number; y: number; names: string[] } | null>(null);
  const afterNamed = useRef<((annotatorId: string) => void) | null>(null);

  const labels = useMemo(() => codebookQuery.data?.labels ?? [], [codebookQuery.data]);
  const actors = useMemo(() => codebookQuery.data?.actors ?? [], [codebookQuery.data]);
  const me = annotatorsQuery.data?.current ?? null;
  const annotatorNames = useMemo(
    () =>
      new Map((annotatorsQuery.data?.all ?? []).map((annotator) => [annotator.id, annotator.name])),
    [annotatorsQuery.data],
  );

  const stored = useMemo(() => annotationsQuery.data ?? [], [annotationsQuery.data]);
  const mine = useMemo(
    () => stored.filter((annotation) => annotation.annotatorId === me?.id),
    [stored, me],
  );
  const visible = useMemo(
    () =>
      (showEveryone ? stored : mine)
        .filter((annotation) => annotation.status === 'accepted')
        .sort(byTextOrder),
    [showEveryone, stored, mine],
  );

  const lexicon = lexiconQuery.data;
  // Suggestions are computed once the annotations are on screen: the first paint of a long
  // article never waits for the lexicon scan.
  const [computedMatches, setComputedMatches] = useState<{
    text: string;
    matches: Suggestion[];
  } | null>(null);
  useEffect(() => {
    let current = true;
    void afterNextPaint().then(async () => {
      // In slices: in a long article judging every match's voice and target would otherwise
      // hold the main thread for well over 100 ms.
      const matches: Suggestion[] = [];
      let sliceEnd = performance.now() + SLICE_MS;
      for (const suggestion of eachSuggestion(text, compileLexicon(lexicon ?? []), actors, [])) {
        matches.push(suggestion);
        if (performance.now() < sliceEnd) continue;
        await yieldToBrowser();
        if (!current) return;
        sliceEnd = performance.now() + SLICE_MS;
      }
      if (current) setComputedMatches({ text, matches });
    });
    return () => {
      current = false;
    };
  }, [text, lexicon, actors]);
  const allMatches = useMemo(
    () => (computedMatches?.text === text ? computedMatches.matches : []),
    [computedMatches, text],
  );
  const suggestions = useMemo(() => {
    if (blind) return [];
    const overlapsHandled = overlapChecker(
      mine.filter(
        (annotation) => annotation.status === 'rejected-suggestion' || !annotation.deleted,
      ),
    );
    // A suggestion disappears once the person has annotated, or rejected, words that overlap it.
    return allMatches.filter((suggestion) => !overlapsHandled(suggestion.start, suggestion.end));
  }, [blind, mine, allMatches]);

  const items = useMemo(
    () =>
      [
        ...visible.map((annotation) => ({
          key: annotation.id,
          start: annotation.start,
          end: annotation.end,
          annotation,
        })),
        ...suggestions.map((suggestion) => ({
          key: suggestionKey(suggestion),
          start: suggestion.start,
          end: suggestion.end,
          suggestion,
        })),
      ].sort(byTextOrder),
    [visible, suggestions],
  );

  const selectedAnnotation =
    current?.kind === 'annotation'
      ? (stored.find((annotation) => annotation.id === current.id) ?? null)
      : null;
  const currentSuggestion =
    current?.kind === 'suggestion'
      ? (suggestions.find((suggestion) => suggestionKey(suggestion) === current.key) ?? null)
      : null;

  const painted = useMemo(
    () =>
      visible.map((annotation) => ({
        key: annotation.id,
        start: annotation.start,
        end: annotation.end,
        labelId: annotation.labelId,
      })),
    [visible],
  );
  const paintedSuggestions = useMemo(
    () =>
      suggestions.map((suggestion) => ({
        key: suggestionKey(suggestion),
        start: suggestion.start,
        end: suggestion.end,
        labelId: suggestion.labelId,
      })),
    [suggestions],
  );
  const { flash, showPending, settlePending } = useHighlights(textRef, {
    labels,
    annotations: painted,
    suggestions: paintedSuggestions,
    currentSuggestion: currentSuggestion
      ? { key: 'current', start: currentSuggestion.start, end: currentSuggestion.end, labelId: '' }
      : null,
    selected: selectedAnnotation
      ? {
          key: selectedAnnotation.id,
          start: selectedAnnotation.start,
          end: selectedAnnotation.end,
          labelId: '',
        }
      : null,
  });

  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !focusAnnotationId) return;
    const target = stored.find((annotation) => annotation.id === focusAnnotationId);
    if (!target) return;
    focused.current = true;
    // Wait for the highlights of this render to be painted before scrolling to one.
    requestAnimationFrame(() => flash(target));
  }, [focusAnnotationId, stored, flash]);

  const withAnnotator = useCallback(
    (action: (annotatorId: string) => void) => {
      if (me) {
        action(me.id);
        return;
      }
      // A key pressed before the stored annotator has been read waits for it, rather than
      // asking a known annotator for their name again.
      void loadAnnotators().then((state) => {
        if (state.current) {
          action(state.current.id);
          return;
        }
        afterNamed.current = action;
        setAskingName(true);
      });
    },
    [me, loadAnnotators],
  );

  const submitName = (name: string) => {
    becomeAnnotator.mutate(name, {
      onSuccess: (annotator) => {
        setAskingName(false);
        // Durable storage is requested when there is first something worth keeping.
        void navigator.storage?.persist?.();
        const action = afterNamed.current;
        afterNamed.current = null;
        action?.(annotator.id);
      },
    });
  };

  const newAnnotation = (
    annotatorId: string,
    span: { start: number; end: number },
    labelId: string,
    fromSuggestion?: Suggestion,
  ) =>
    createAnnotation({
      id: newId(),
      articleId: article.id,
      text,
      start: span.start,
      end: span.end,
      labelId,
      annotatorId,
      target: fromSuggestion
        ? fromSuggestion.target
        : suggestTarget(text, span.start, span.end, actors),
      voice: fromSuggestion ? fromSuggestion.voice : detectVoice(text, span.start, span.end),
      valence:
        fromSuggestion?.valence ??
        allMatches.find((match) => match.start === span.start && match.end === span.end)?.valence ??
        0,
      now: nowIso(),
    });

  const createFromPending = (labelId: string) => {
    const span = resolvePending();
    if (!span) return;
    withAnnotator(async (annotatorId) => {
      const annotation = newAnnotation(annotatorId, span, labelId);
      // On screen in the next frame; the status says "Saving…" until the write has landed,
      // which starts once that frame is painted so that nothing delays it.
      showPending({ key: annotation.id, start: span.start, end: span.end, labelId });
      await afterNextPaint();
      const written = await history.apply('create', [{ before: null, after: annotation }]);
      settlePending(annotation.id, written !== null);
      if (written) {
        clearPending();
        setCurrent({ kind: 'annotation', id: annotation.id });
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
    if (!selectedAnnotation || selectedAnnotation.annotatorId !== me?.id) return;
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
        after: newAnnotation(annotatorId, suggestion, suggestion.labelId, suggestion),
      }));
      const shown = changes.length === 1 ? changes[0]?.after : undefined;
      if (shown) {
        showPending({ key: shown.id, start: shown.start, end: shown.end, labelId: shown.labelId });
      }
      const written = await history.apply(description, changes);
      if (shown) settlePending(shown.id, written !== null);
      if (written && suggestionsToAccept.length === 1 && changes[0]) {
        setCurrent({ kind: 'annotation', id: changes[0].after.id });
      }
    });

  const reject = (suggestion: Suggestion) =>
    withAnnotator(async (annotatorId) => {
      const index = items.findIndex((item) => item.key === suggestionKey(suggestion));
      const rejection = {
        ...newAnnotation(annotatorId, suggestion, suggestion.labelId, suggestion),
        status: 'rejected-suggestion' as const,
      };
      const written = await history.apply('reject suggestion', [
        { before: null, after: rejection },
      ]);
      if (written) {
        const next = items[index + 1];
        setCurrent(next ? toCurrent(next) : null);
      }
    });

  const toCurrent = (item: (typeof items)[number]): Current =>
    'annotation' in item
      ? { kind: 'annotation', id: item.key }
      : { kind: 'suggestion', key: item.key };

  const move = (step: 1 | -1) => {
    if (items.length === 0) return;
    const index = current
      ? items.findIndex(
          (item) => item.key === (current.kind === 'annotation' ? current.id : current.key),
        )
      : -1;
    const nextIndex =
      index === -1
        ? step === 1
          ? 0
          : items.length - 1
        : Math.min(items.length - 1, Math.max(0, index + step));
    const item = items[nextIndex];
    if (!item) return;
    clearPending();
    setCurrent(toCurrent(item));
    flash(item);
  };

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
    else if (selectedAnnotation && selectedAnnotation.annotatorId === me?.id)
      updateSelected({ labelId });
  };

  useShortcuts({
    labels,
    onLabelKey: pickLabel,
    onDelete: () => void deleteSelected(),
    onEscape: () => {
      clearPending();
      setCurrent(null);
    },
    onNext: () => move(1),
    onPrevious: () => move(-1),
    onAccept: currentSuggestion ? () => accept([currentSuggestion], 'accept suggestion') : null,
    onReject: currentSuggestion ? () => reject(currentSuggestion) : null,
    onUndo: () => void runUndo('undo'),
    onRedo: () => void runUndo('redo'),
  });

  const onTextClick = (event: React.MouseEvent) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const container = textRef.current;
    if (!container) return;
    const offset = offsetAtPoint(container, event.clientX, event.clientY);
    if (offset === null) return;
    // The caret lands before or after the clicked character: try the offset, then the one before.
    const [hit] = [...annotationsAt(visible, offset), ...annotationsAt(visible, offset - 1)];
    if (hit) {
      setCurrent({ kind: 'annotation', id: hit.id });
      return;
    }
    const [suggestion] = annotationsAt(suggestions, offset);
    setCurrent(suggestion ? { kind: 'suggestion', key: suggestionKey(suggestion) } : null);
  };

  const hoverFrame = useRef(0);
  const onTextMouseMove = (event: React.MouseEvent) => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const container = textRef.current;
      const offset = container ? offsetAtPoint(container, clientX, clientY) : null;
      const hits = offset === null ? [] : annotationsAt(visible, offset);
      const names = hits.map(
        (hit) => labels.find((label) => label.id === hit.labelId)?.name ?? hit.labelId,
      );
      const suggestionHits = offset === null ? [] : annotationsAt(suggestions, offset);
      if (names.length === 0 && suggestionHits[0])
        names.push(
          `Suggestion: ${labels.find((label) => label.id === suggestionHits[0]?.labelId)?.name ?? ''}`,
        );
      setHover(names.length ? { x: clientX, y: clientY, names } : null);
    });
  };

  const selectFromList = useCallback(
    (annotation: Annotation) => {
      clearPending();
      setCurrent({ kind: 'annotation', id: annotation.id });
      flash(annotation);
    },
    [clearPending, flash],
  );

  const toggleBlind = () => {
    const next = !blind;
    setBlind(next);
    sessionStorage.setItem(BLIND_KEY, next ? '1' : '0');
    if (next && current?.kind === 'suggestion') setCurrent(null);
  };

  if (annotationsQuery.isError) {
    return (
      <p role="alert" className="text-red-800">
        Could not read this article’s annotations: {annotationsQuery.error.message}
      </p>
    );
  }

  const paletteEnabled =
    Boolean(pending) || Boolean(selectedAnnotation && selectedAnnotation.annotatorId === me?.id);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,68ch)_minmax(20rem,1fr)]">
      <div>
        <div
          ref={textRef}
          tabIndex={0}
          role="region"
          aria-label="Article text — select words, then press a label number. Arrow keys select word by word."
          onKeyDown={onTextKeyDown}
          onClick={onTextClick}
          onMouseMove={onTextMouseMove}
          onMouseLeave={() => setHover(null)}
          className="rounded-md outline-offset-8"
        >
          <ArticleText text={text} />
        </div>
        {hover && (
          <div
            role="tooltip"
            className="pointer-events-none fixed z-40 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
            style={{ left: hover.x + 12, top: hover.y + 16 }}
          >
            {hover.names.join(' · ')}
          </div>
        )}
      </div>

      <aside
        aria-label="Annotation tools"
        className="flex flex-col gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1"
      >
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <span>
            {me ? (
              <>
                Annotating as <strong>{me.name}</strong>
              </>
            ) : (
              'You will be asked for your name when you first annotate.'
            )}
          </span>
          <SaveStatus state={history.saveState} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            onClick={() => void runUndo('undo')}
            disabled={!history.canUndo}
            title="Ctrl+Z"
            aria-keyshortcuts="Control+Z"
          >
            Undo{history.undoLabel ? ` ${history.undoLabel}` : ''}
          </Button>
          <Button
            onClick={() => void runUndo('redo')}
            disabled={!history.canRedo}
            title="Ctrl+Shift+Z"
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo{history.redoLabel ? ` ${history.redoLabel}` : ''}
          </Button>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={showEveryone}
              onChange={(event) => setShowEveryone(event.target.checked)}
            />
            Show everyone’s annotations
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={blind} onChange={toggleBlind} />
            Blind mode (hide suggestions)
          </label>
        </div>

        <section aria-labelledby="palette-title" className="flex flex-col gap-2">
          <h2 id="palette-title" className="text-sm font-semibold">
            Label
          </h2>
          {pending ? (
            <p className="text-sm" data-testid="pending-selection">
              Selected: “
              <span className="font-serif">{text.slice(pending.start, pending.end)}</span>” — press
              a number or pick a label.
            </p>
          ) : (
            <p className="text-sm text-slate-600">
              Select words in the text (hold Alt for exact characters).
            </p>
          )}
          <LabelPalette
            labels={labels}
            activeLabelId={pending ? null : (selectedAnnotation?.labelId ?? null)}
            enabled={paletteEnabled}
            onPick={pickLabel}
          />
        </section>

        {selectedAnnotation && (
          <AnnotationEditor
            annotation={selectedAnnotation}
            labels={labels}
            actors={actors}
            annotatorName={
              annotatorNames.get(selectedAnnotation.annotatorId) ?? 'unknown annotator'
            }
            readOnly={selectedAnnotation.annotatorId !== me?.id}
            articleTitle={article.title}
            onChange={updateSelected}
            onSaveNote={saveNote}
            onDelete={() => void deleteSelected()}
            onClose={() => setCurrent(null)}
          />
        )}
        {currentSuggestion && (
          <SuggestionCard
            suggestion={currentSuggestion}
            text={text}
            labels={labels}
            actors={actors}
            onAccept={() => accept([currentSuggestion], 'accept suggestion')}
            onReject={() => reject(currentSuggestion)}
          />
        )}

        {!blind && (
          <section
            aria-labelledby="suggestions-title"
            className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3"
          >
            <h2 id="suggestions-title" className="text-sm">
              <span className="font-semibold">{suggestions.length}</span> lexicon{' '}
              {suggestions.length === 1 ? 'suggestion' : 'suggestions'}{' '}
              <span className="text-slate-600">
                (dotted underline; J/K to step, Enter accepts, ⌫ rejects)
              </span>
            </h2>
            <Button
              onClick={() => accept(suggestions, 'accept all')}
              disabled={suggestions.length === 0}
            >
              Accept all in this article
            </Button>
          </section>
        )}

        <AnnotationList
          annotations={visible}
          labels={labels}
          actors={actors}
          selectedId={selectedAnnotation?.id ?? null}
          annotatorNames={annotatorNames}
          showAnnotator={showEveryone}
          onSelect={selectFromList}
        />
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer">Keyboard shortcuts</summary>
          <ul className="mt-1 list-disc pl-5">
            <li>1–9: label the selection, or relabel the selected annotation</li>
            <li>Arrow keys (text focused): select word by word; Shift extends</li>
            <li>J / K: next / previous annotation or suggestion</li>
            <li>Enter / Backspace: accept / reject the current suggestion</li>
            <li>Delete: delete the selected annotation; Esc: clear</li>
            <li>Ctrl+Z / Ctrl+Shift+Z: undo / redo</li>
          </ul>
        </details>
      </aside>

      <AnnotatorDialog
        open={askingName}
        saving={becomeAnnotator.isPending}
        error={becomeAnnotator.error?.message ?? null}
        onSubmit={submitName}
        onCancel={() => {
          afterNamed.current = null;
          setAskingName(false);
        }}
      />
    </div>
  );
}

function SaveStatus({ state }: { state: ReturnType<typeof useEditHistory>['saveState'] }) {
  if (state === 'idle') return null;
  const text = { saving: 'Saving…', saved: 'All changes saved', failed: 'Last change NOT saved' }[
    state
  ];
  return (
    <span
      role="status"
      className={`text-xs ${state === 'failed' ? 'font-semibold text-red-700' : 'text-slate-600'}`}
      data-save-state={state}
    >
      {text}
    </span>
  );
}
