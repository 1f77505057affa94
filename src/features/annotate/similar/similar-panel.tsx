import type { CorpusOccurrence } from '../../../db';
import type { Suggestion } from '../../../domain/suggestions/build-suggestions';
import type { SimilarTerm } from '../../../domain/suggestions/similar-occurrences';
import type { Annotation } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { CorpusOccurrenceList } from './corpus-occurrence-list';
import { OccurrenceContext } from './occurrence-context';
import { useCorpusMarks } from './use-corpus-marks';
import { useCorpusSearch } from './use-corpus-search';

interface Props {
  articleId: string;
  marked: { exact: string; term: SimilarTerm; source: Annotation };
  /** Occurrences still offered in this article. */
  count: number;
  text: string;
  /** The occurrence Enter confirms while the marked words are selected; else null. */
  next: Suggestion | null;
  onConfirmNext: () => void;
  withAnnotator: (action: (annotatorId: string) => void) => void;
  onDismiss: () => void;
}

const key = 'font-mono text-xs';

function Keys({ which }: { which: 'next' | 'current' }) {
  return (
    <span className="text-slate-600">
      {' '}
      — <kbd className={key}>Enter</kbd> confirms the {which} one
      {which === 'current' && (
        <>
          , <kbd className={key}>⌫</kbd> rejects it
        </>
      )}
      , <kbd className={key}>J</kbd>/<kbd className={key}>K</kbd> move
    </span>
  );
}

function NextOccurrence(props: { text: string; next: Suggestion; onConfirm: () => void }) {
  const { text, next, onConfirm } = props;
  return (
    <div className="flex flex-col gap-1 border-l-2 border-dotted border-slate-400 pl-2">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Next</p>
      <OccurrenceContext text={text} start={next.start} end={next.end} />
      <Button
        variant="primary"
        className="self-start"
        onClick={onConfirm}
        aria-keyshortcuts="Enter"
      >
        Confirm <kbd className={`${key} opacity-80`}>Enter</kbd>
      </Button>
    </div>
  );
}

/**
 * "Annotate similar": how many occurrences of the term marked by hand are left in this
 * article (and, while the marked words are selected, the one Enter confirms next), and, on
 * request, its occurrences in the other articles.
 */
export function SimilarPanel(props: Props) {
  const { articleId, marked, count, text, next, withAnnotator } = props;
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
        {count > 0 && <Keys which={next ? 'next' : 'current'} />}
      </p>
      {next && <NextOccurrence text={text} next={next} onConfirm={props.onConfirmNext} />}
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => withAnnotator(corpus.search)}
          disabled={state.status === 'searching'}
        >
          Find in other articles
        </Button>
        <Button variant="ghost" onClick={props.onDismiss}>
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
