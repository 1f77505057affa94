import type { CorpusOccurrence } from '../../../db';
import type { SimilarTerm } from '../../../domain/suggestions/similar-occurrences';
import type { Annotation } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { CorpusOccurrenceList } from './corpus-occurrence-list';
import { useCorpusMarks } from './use-corpus-marks';
import { useCorpusSearch } from './use-corpus-search';

interface Props {
  articleId: string;
  marked: { exact: string; term: SimilarTerm; source: Annotation };
  /** Occurrences still offered in this article. */
  count: number;
  withAnnotator: (action: (annotatorId: string) => void) => void;
  onDismiss: () => void;
}

function Keys() {
  return (
    <span className="text-slate-600">
      {' '}
      — <kbd className="font-mono text-xs">Enter</kbd> confirms the current one,{' '}
      <kbd className="font-mono text-xs">⌫</kbd> rejects it,{' '}
      <kbd className="font-mono text-xs">J</kbd>/<kbd className="font-mono text-xs">K</kbd> move
    </span>
  );
}

/**
 * "Annotate similar": how many occurrences of the term marked by hand are left in this
 * article, and, on request, its occurrences in the other articles.
 */
export function SimilarPanel({ articleId, marked, count, withAnnotator, onDismiss }: Props) {
  const corpus = useCorpusSearch(marked.term.forms, articleId);
  const marks = useCorpusMarks(marked.source);
  const { state } = corpus;
  const onMark = (occurrences: CorpusOccurrence[]) =>
    withAnnotator((annotatorId) => void marks.mark(occurrences, annotatorId));

  return (
    <section
      aria-label="Similar occurrences"
      className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3"
    >
      <p role="status" className="text-sm" data-testid="similar-status">
        <span className="font-semibold">{count}</span> more of “
        <span dir="auto">{marked.exact}</span>” in this article
        {count > 0 && <Keys />}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => withAnnotator(corpus.search)}
          disabled={state.status === 'searching'}
        >
          Find in other articles
        </Button>
        <Button variant="ghost" onClick={onDismiss}>
          Stop offering
        </Button>
      </div>
      {state.status === 'searching' && (
        <label className="flex flex-col gap-1 text-sm">
          Reading articles: {state.read} of {state.total || '…'}
          <progress value={state.read} max={Math.max(1, state.total)} />
        </label>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="text-sm text-red-800">
          Could not search the other articles: {state.message}
        </p>
      )}
      {state.status === 'done' && (
        <CorpusOccurrenceList result={state.result} marks={marks} onMark={onMark} />
      )}
    </section>
  );
}
