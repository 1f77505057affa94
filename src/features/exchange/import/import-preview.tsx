import type { ImportDecisions } from '../../../db';
import type { ImportPreview as Preview } from '../../../domain/exchange/plan/import-preview';
import { previewTotals } from './preview-totals';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function Stat({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: number;
  hint: string;
  tone?: 'warn';
}) {
  return (
    <div
      className={`rounded-md border px-3 py-2 ${tone === 'warn' && value > 0 ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-slate-50'}`}
    >
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd
        className="text-2xl font-semibold tabular-nums text-slate-900"
        data-testid={`count-${label.toLowerCase()}`}
      >
        {value.toLocaleString('en')}
      </dd>
      <dd className="text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB');
}

interface ImportPreviewProps {
  preview: Preview;
  decisions: ImportDecisions;
  onDecide: (key: string, choice: 'add' | 'skip') => void;
  disabled: boolean;
}

/** What an import will do, before anything is written. */
export function ImportPreview({ preview, decisions, onDecide, disabled }: ImportPreviewProps) {
  const totals = previewTotals(preview, decisions);
  const { articles } = preview;
  return (
    <div className="flex flex-col gap-4" data-testid="import-preview">
      <div className="text-sm text-slate-700">
        <p>
          <span className="font-semibold text-slate-900">{preview.fileName}</span>:{' '}
          {preview.formatName}, {plural(preview.total, 'annotation')}. Nothing has been written yet.
        </p>
        <p className="text-xs text-slate-500">Recognised by its content: {preview.reason}.</p>
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" aria-label="Annotations">
        <Stat label="New" value={totals.new} hint="not in your library" />
        <Stat label="Updated" value={totals.updated} hint="newer in the file" />
        <Stat label="Unchanged" value={totals.unchanged} hint="same, or yours is newer" />
        <Stat
          label="Conflicting"
          value={totals.conflicting}
          hint="edited on both sides, or id on another article"
          tone="warn"
        />
        <Stat
          label="Orphaned"
          value={totals.orphaned}
          hint="words not found: kept apart"
          tone="warn"
        />
      </dl>
      <ul className="grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
        <li>
          <span className="font-medium">Articles:</span> {plural(articles.added, 'new article')},{' '}
          {articles.sameText.toLocaleString('en')} already in your library
          {articles.differentText > 0 &&
            `, ${plural(articles.differentText, 'article')} in your library with a different text (annotations re-anchored)`}
        </li>
        <li>
          <span className="font-medium">New outlets:</span>{' '}
          {preview.newOutlets.length === 0 ? 'none' : preview.newOutlets.join(', ')}
        </li>
        <li>
          <span className="font-medium">New annotators:</span>{' '}
          {preview.newAnnotators.length === 0 ? 'none' : preview.newAnnotators.join(', ')}
        </li>
        <li data-testid="preview-moved">
          <span className="font-medium">Moved:</span>{' '}
          {preview.reanchored === 0
            ? 'none (every annotation is where its offsets say)'
            : `${plural(preview.reanchored, 'annotation')} not at the offsets the file gives, found again by the quote (listed below)`}
        </li>
        <li data-testid="preview-snapped">
          <span className="font-medium">Widened to whole characters:</span>{' '}
          {preview.snapped === 0
            ? 'none'
            : `${plural(preview.snapped, 'annotation')} whose offsets cut a character in two (listed below)`}
        </li>
      </ul>

      {preview.unknownLabels.length > 0 && (
        <fieldset
          className="rounded-md border border-amber-300 bg-amber-50 p-3"
          disabled={disabled}
        >
          <legend className="px-1 text-sm font-semibold text-amber-900">
            Labels that are not in your codebook
          </legend>
          <ul className="flex flex-col gap-2">
            {preview.unknownLabels.map((label) => {
              const count =
                label.counts.new +
                label.counts.updated +
                label.counts.unchanged +
                label.counts.conflicting +
                label.orphaned;
              const choice =
                Object.hasOwn(decisions.labels, label.key) && decisions.labels[label.key] === 'skip'
                  ? 'skip'
                  : 'add';
              return (
                <li key={label.key} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="inline-block h-3 w-3 rounded-full border border-slate-400"
                      style={{ backgroundColor: label.color }}
                    />
                    <span className="font-medium">{label.name}</span>
                    <span className="text-slate-600">({plural(count, 'annotation')})</span>
                  </span>
                  <span
                    role="radiogroup"
                    aria-label={`What to do with the label ${label.name}`}
                    className="flex gap-3"
                  >
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        name={`label-${label.key}`}
                        checked={choice === 'add'}
                        onChange={() => onDecide(label.key, 'add')}
                      />
                      Add the label to the codebook
                    </label>
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        name={`label-${label.key}`}
                        checked={choice === 'skip'}
                        onChange={() => onDecide(label.key, 'skip')}
                      />
                      Skip these annotations
                    </label>
                  </span>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}

      {preview.warnings.length > 0 && (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          <h3 className="font-semibold">Notes ({preview.warningCount.toLocaleString('en')})</h3>
          <ul className="mt-1 list-disc pl-5" data-testid="import-warnings">
            {preview.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
          {preview.warningCount > preview.warnings.length && (
            <p className="mt-1">
              …and {plural(preview.warningCount - preview.warnings.length, 'more note')}.
            </p>
          )}
        </div>
      )}

      {preview.orphans.length > 0 && (
        <details
          className="rounded-md border border-slate-200 p-3 text-sm"
          open={preview.orphans.length <= 5}
        >
          <summary className="cursor-pointer font-semibold">
            Orphaned annotations ({plural(totals.orphaned, 'annotation')})
            {preview.orphansAlreadyListed > 0 &&
              `, ${preview.orphansAlreadyListed.toLocaleString('en')} already listed`}
          </summary>
          <p className="mt-1 text-slate-600">
            Their words could not be found with confidence. They are kept (never placed on the wrong
            words) and listed under “Orphaned annotations”, where you can attach each one to the
            right words.
          </p>
          <ul className="mt-2 flex flex-col gap-1" data-testid="preview-orphans">
            {preview.orphans.map((orphan, i) => (
              <li key={i}>
                <q className="font-medium">{orphan.exact || '(no quote)'}</q>
                {orphan.articleTitle && (
                  <span className="text-slate-600">
                    {' '}
                    in “<bdi>{orphan.articleTitle}</bdi>”
                  </span>
                )}
                <span className="text-slate-600">
                  {' '}
                  — {orphan.reason} ({orphan.where})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}

      {preview.spanChanges.length > 0 && (
        <details
          className="rounded-md border border-slate-200 p-3 text-sm"
          open={preview.spanChanges.length <= 5}
        >
          <summary className="cursor-pointer font-semibold">
            Moved or widened annotations ({plural(preview.reanchored + preview.snapped, 'change')})
          </summary>
          <ul className="mt-2 flex flex-col gap-1" data-testid="preview-span-changes">
            {preview.spanChanges.map((change, i) => (
              <li key={i}>
                <q className="font-medium">
                  <bdi>{change.exact}</bdi>
                </q>
                {change.articleTitle && (
                  <span className="text-slate-600">
                    {' '}
                    in “<bdi>{change.articleTitle}</bdi>”
                  </span>
                )}
                <span className="text-slate-600">
                  {' '}
                  — {change.kind === 'moved' ? 'moved' : 'widened'} from {change.from.start}–
                  {change.from.end} to {change.to.start}–{change.to.end}: {change.reason} (
                  {change.where})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}

      {preview.conflicts.length > 0 && (
        <details className="rounded-md border border-slate-200 p-3 text-sm">
          <summary className="cursor-pointer font-semibold">
            Conflicts ({preview.conflicts.length})
          </summary>
          <p className="mt-1 text-slate-600">
            Edited both here and in the file: the later edit is kept. An id that belongs to an
            annotation on another article: yours stays where it is and the file’s is not imported.
          </p>
          <ul className="mt-2 flex flex-col gap-1" data-testid="preview-conflicts">
            {preview.conflicts.map((conflict, i) =>
              conflict.kind === 'other-article' ? (
                <li key={i}>
                  <q className="font-medium">
                    <bdi>{conflict.exact}</bdi>
                  </q>
                  : its id belongs to an annotation on “<bdi>{conflict.existingTitle}</bdi>”, the
                  file puts it on “<bdi>{conflict.incomingTitle}</bdi>” — not imported
                </li>
              ) : (
                <li key={i}>
                  <q className="font-medium">
                    <bdi>{conflict.exact}</bdi>
                  </q>
                  : keeps{' '}
                  {conflict.winner === 'incoming'
                    ? `the file’s copy (${formatTime(conflict.incomingUpdatedAt)})`
                    : `your copy (${formatTime(conflict.existingUpdatedAt)})`}
                </li>
              ),
            )}
          </ul>
        </details>
      )}

      {preview.newArticles.length > 0 && (
        <details className="rounded-md border border-slate-200 p-3 text-sm">
          <summary className="cursor-pointer font-semibold">
            New articles ({articles.added.toLocaleString('en')})
          </summary>
          <ul className="mt-2 flex flex-col gap-1">
            {preview.newArticles.map((article, i) => (
              <li key={i}>
                {article.title}
                {article.outletName && (
                  <span className="text-slate-600"> — {article.outletName}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
