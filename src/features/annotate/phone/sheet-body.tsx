import { useEffect, useId, useRef, useState } from 'react';
import type { Annotation, Article } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { AnnotationEditor } from '../annotation-editor';
import type { AnnotationWorkspaceState } from '../use-annotation-workspace';
import { SheetLabels } from './sheet-labels';
import { SheetSuggestion } from './sheet-suggestion';

interface Props {
  article: Article;
  workspace: AnnotationWorkspaceState;
}

/** The sheet's tools for what is current: a suggestion, words to label, or an annotation. */
export function SheetBody({ article, workspace }: Props) {
  const { pending, selectedAnnotation, currentSuggestion, commands, data } = workspace;
  // The annotation whose target, voice, valence and note are shown (the labels then hide).
  const [detailsFor, setDetailsFor] = useState<string | null>(null);
  if (!pending && currentSuggestion) {
    return (
      <SheetSuggestion
        suggestion={currentSuggestion}
        labels={data.labels}
        actors={data.actors}
        onAccept={() => workspace.acceptCurrent?.()}
        onReject={() => commands.reject(currentSuggestion)}
      />
    );
  }
  const annotation = pending ? null : selectedAnnotation;
  const owns = annotation !== null && annotation.annotatorId === data.me?.id;
  const details = annotation !== null && detailsFor === annotation.id;
  return (
    <>
      {!details && (
        <SheetLabels
          labels={data.labels}
          activeLabelId={annotation?.labelId ?? null}
          enabled={Boolean(pending) || owns}
          onPick={commands.pickLabel}
        />
      )}
      {annotation && (
        <SheetDetails
          article={article}
          workspace={workspace}
          annotation={annotation}
          open={details}
          onToggle={() => setDetailsFor(details ? null : annotation.id)}
        />
      )}
    </>
  );
}

interface DetailsProps extends Props {
  annotation: Annotation;
  open: boolean;
  onToggle: () => void;
}

/** The editor behind a button, so the sheet stays small until it is wanted. */
function SheetDetails({ article, workspace, annotation, open, onToggle }: DetailsProps) {
  const { data, commands } = workspace;
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  return (
    <>
      <Button className="min-h-11" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
        {open ? 'Back to the labels' : 'Target, voice, valence, note…'}
      </Button>
      {open && (
        <div id={panelId} ref={panel} tabIndex={-1} role="group" aria-label="Details">
          <AnnotationEditor
            annotation={annotation}
            labels={data.labels}
            actors={data.actors}
            annotatorName={data.annotatorNames.get(annotation.annotatorId) ?? 'unknown annotator'}
            readOnly={annotation.annotatorId !== data.me?.id}
            articleTitle={article.title}
            onChange={commands.updateSelected}
            onSaveNote={commands.saveNote}
            onDelete={() => void commands.deleteSelected()}
            onClose={() => workspace.setCurrent(null)}
            awaitingTarget={workspace.keys.awaitingTarget}
            noteRef={workspace.keys.noteRef}
            onLeaveNote={workspace.keys.leaveNote}
          />
        </div>
      )}
    </>
  );
}
