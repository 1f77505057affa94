import { useOutletMask, type CorpusOccurrence, type CorpusSearchResult } from '../../../db';
import { outletDisplayName, titleForDisplay } from '../../../domain/classroom/outlet-mask';
import { Button } from '../../../ui/button';
import { OccurrenceContext } from './occurrence-context';
import { occurrenceKey, type useCorpusMarks } from './use-corpus-marks';

interface Props {
  result: CorpusSearchResult;
  marks: ReturnType<typeof useCorpusMarks>;
  onMark: (occurrences: CorpusOccurrence[]) => void;
}

/** The occurrences found in other articles, each with "Mark", and "Mark all" with undo. */
export function CorpusOccurrenceList({ result, marks, onMark }: Props) {
  const mask = useOutletMask();
  const { occurrences, found, articlesRead } = result;
  const open = occurrences.filter((occurrence) => !marks.isMarked(occurrence));
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm" role="status">
        {found === 0
          ? `Not found in the other articles (${articlesRead} read).`
          : `${found} in other articles${found > occurrences.length ? `; the first ${occurrences.length} are listed` : ''}.`}
      </p>
      {occurrences.length > 0 && (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => onMark(open)} disabled={open.length === 0 || marks.busy}>
            Mark all in this list
          </Button>
          <Button
            onClick={() => void marks.undo()}
            disabled={marks.lastStepSize === 0 || marks.busy}
          >
            Undo{marks.lastStepSize > 0 ? ` marking ${marks.lastStepSize}` : ''}
          </Button>
        </div>
      )}
      {marks.message && (
        <p role="alert" className="text-sm text-red-800">
          {marks.message}
        </p>
      )}
      <ul aria-label="Occurrences in other articles" className="flex flex-col gap-2">
        {occurrences.map((occurrence) => {
          const outlet = outletDisplayName(mask, occurrence.outletId, occurrence.outletName);
          const title = titleForDisplay(mask, occurrence, occurrence.outletName);
          const done = marks.isMarked(occurrence);
          return (
            <li key={occurrenceKey(occurrence)} className="rounded border border-slate-200 p-2">
              <p className="text-xs text-slate-600">
                <span dir="auto" className="font-semibold text-slate-800">
                  {title}
                </span>{' '}
                · <span dir="auto">{outlet}</span>
              </p>
              <OccurrenceContext
                text={occurrence.articleText}
                start={occurrence.start}
                end={occurrence.end}
              />
              {done ? (
                <p className="text-sm text-emerald-800">✓ Marked</p>
              ) : (
                <Button
                  className="mt-1"
                  onClick={() => onMark([occurrence])}
                  disabled={marks.busy}
                  aria-label={`Mark “${occurrence.articleText.slice(occurrence.start, occurrence.end)}” in ${title}`}
                >
                  Mark
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
