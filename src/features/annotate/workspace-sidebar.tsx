import type { Article } from '../../domain/types';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationList } from './annotation-list';
import { DisagreementPanel } from './disagreement/disagreement-panel';
import { AssignmentAside } from './assignment-aside';
import { HistoryBar } from './history-bar';
import { LabelSection } from './label-section';
import { SimilarPanel } from './similar/similar-panel';
import { ShortcutsButton } from './shortcuts-help';
import { SuggestionCard } from './suggestion-card';
import { SuggestionsSummary } from './suggestions-summary';
import type { AnnotationWorkspaceState } from './use-annotation-workspace';
import { ViewOptions } from './view-options';

interface Props {
  article: Article;
  workspace: AnnotationWorkspaceState;
  /** On a phone the editor and the suggestion are in the sheet over the text instead. */
  phone: boolean;
}

/** The tools beside the text: labels, the current annotation or suggestion, and the list. */
export function WorkspaceSidebar({ article, workspace, phone }: Props) {
  const { data, pending, selectedAnnotation, currentSuggestion, suggestions } = workspace;
  const { commands, navigation, view, setCurrent } = workspace;
  const { labels, actors, me, annotatorNames, visible } = data;
  const ownsSelected = selectedAnnotation !== null && selectedAnnotation.annotatorId === me?.id;

  return (
    <aside
      aria-label="Annotation tools"
      className="flex flex-col gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1"
    >
      <AssignmentAside context={workspace.assignment} onMark={workspace.markProgress} />
      <HistoryBar
        me={me}
        history={commands.history}
        onUndo={() => void commands.runUndo('undo')}
        onRedo={() => void commands.runUndo('redo')}
      />
      <ViewOptions
        showEveryone={view.showEveryone}
        onShowEveryone={view.setShowEveryone}
        blind={view.blind}
        blindLocked={view.blindLocked}
        onToggleBlind={view.toggleBlind}
        disagreementMap={workspace.map.on}
        onDisagreementMap={workspace.map.setOn}
      />
      {workspace.map.on && (
        <DisagreementPanel
          map={workspace.map}
          text={article.text}
          onStep={workspace.stepContested}
        />
      )}
      {/* On a phone the labels are in the sheet that opens on a selection, beside the words. */}
      {!phone && (
        <LabelSection
          labels={labels}
          pendingQuote={pending ? article.text.slice(pending.start, pending.end) : null}
          activeLabelId={pending ? null : (selectedAnnotation?.labelId ?? null)}
          enabled={Boolean(pending) || ownsSelected}
          onPick={commands.pickLabel}
        />
      )}
      {selectedAnnotation && !phone && (
        <AnnotationEditor
          annotation={selectedAnnotation}
          labels={labels}
          actors={actors}
          annotatorName={annotatorNames.get(selectedAnnotation.annotatorId) ?? 'unknown annotator'}
          readOnly={!ownsSelected}
          articleTitle={article.title}
          onChange={commands.updateSelected}
          onSaveNote={commands.saveNote}
          onDelete={() => void commands.deleteSelected()}
          onClose={() => setCurrent(null)}
          awaitingTarget={workspace.keys.awaitingTarget}
          noteRef={workspace.keys.noteRef}
          onLeaveNote={workspace.keys.leaveNote}
        />
      )}
      {/* Below the editor: appearing a moment after a mark, it must not move the editor's controls. */}
      {workspace.similar.marked && (
        <SimilarPanel
          key={workspace.similar.marked.source.id}
          articleId={article.id}
          marked={workspace.similar.marked}
          count={workspace.similar.offers.length}
          text={article.text}
          next={workspace.nextSimilar}
          onConfirmNext={() => workspace.acceptCurrent?.()}
          withAnnotator={workspace.withAnnotator}
          onDismiss={workspace.similar.dismiss}
        />
      )}
      {currentSuggestion && !phone && (
        <SuggestionCard
          suggestion={currentSuggestion}
          text={article.text}
          labels={labels}
          actors={actors}
          onAccept={() => workspace.acceptCurrent?.()}
          heading={
            workspace.similar.isOffer(currentSuggestion) ? 'Like the words you marked' : undefined
          }
          onReject={() => commands.reject(currentSuggestion)}
          awaitingTarget={workspace.keys.awaitingTarget}
        />
      )}

      {!view.blind && (
        <SuggestionsSummary
          count={suggestions.length}
          ready={workspace.suggestionsReady}
          onAcceptAll={() => commands.accept(suggestions, 'accept all')}
        />
      )}

      <AnnotationList
        annotations={visible}
        labels={labels}
        actors={actors}
        selectedId={selectedAnnotation?.id ?? null}
        annotatorNames={annotatorNames}
        showAnnotator={view.showEveryone}
        onSelect={navigation.selectFromList}
        emptyText={data.loaded ? undefined : 'Reading the annotations…'}
      />
      <ShortcutsButton onOpen={workspace.keys.openHelp} />
    </aside>
  );
}
