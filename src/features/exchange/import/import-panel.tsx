import { Link } from 'wouter';
import { Button } from '../../../ui/button';
import { useClassroomHandOver } from '../../../ui/classroom-hand-over';
import { sortOutClassroomFiles } from '../../../ui/pending-files';
import { FileField } from '../file-field';
import { ProgressLine } from '../progress-line';
import { ImportPreview } from './import-preview';
import { OffsetUnitsChoice } from './offset-units-choice';
import { useImportSession, type ImportState } from './use-import-session';

const ACCEPT = '.json,.jsonld,.jsonl,.ndjson,.csv,.tsv,application/json,text/csv';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Announced when the preview is ready (the other steps have live regions of their own). */
function announcement(state: ImportState): string {
  if (state.step !== 'preview') return '';
  return `Preview of ${state.preview.fileName} ready: ${plural(state.preview.counts.new, 'new annotation')}. Nothing is written until you choose Import.`;
}

export function ImportPanel() {
  const session = useImportSession();
  const { state } = session;
  const busy = state.step === 'writing';
  const handOver = useClassroomHandOver();
  // Assignment, submission and feedback files are opened on the Classroom page, not here.
  const choose = async (files: File[]) => {
    const { classroom, other } = await sortOutClassroomFiles(files);
    if (classroom.length > 0) handOver(classroom);
    else if (other[0]) void session.choose(other[0]);
  };

  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="sr-only">
        {announcement(state)}
      </p>
      <FileField
        label="Annotation file"
        hint="FrameLens JSON, W3C Web Annotation (.jsonld), Label Studio JSON, doccano JSONL or CSV — the format is recognised from the file. Up to 60 MB."
        accept={ACCEPT}
        disabled={busy}
        onFiles={(files) => void choose(files)}
      />

      {state.step === 'preparing' && (
        <ProgressLine
          label="Checking the file"
          progress={state.progress}
          fallback={`Opening ${state.fileName}…`}
          onCancel={session.cancel}
        />
      )}

      {state.step === 'failed' && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          data-testid="import-error"
        >
          <p className="font-semibold">{state.fileName} was not imported. Nothing was changed.</p>
          <p className="mt-1">{state.message}</p>
        </div>
      )}

      {state.step === 'cancelled' && (
        <p
          role="status"
          className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
          data-testid="import-cancelled"
        >
          {state.message}
        </p>
      )}

      {(state.step === 'preview' || state.step === 'writing') && (
        <div className="flex flex-col gap-4 rounded-md border border-slate-300 p-4">
          <h3 className="text-base font-semibold">Preview</h3>
          <ImportPreview
            preview={state.preview}
            decisions={state.decisions}
            onDecide={session.decide}
            disabled={busy}
          />
          {state.preview.offsetUnits && (
            <OffsetUnitsChoice
              report={state.preview.offsetUnits}
              onChoose={session.chooseUnits}
              disabled={busy}
            />
          )}
          {state.step === 'writing' ? (
            <ProgressLine
              label="Import progress"
              progress={state.progress}
              fallback="Starting to write…"
              onCancel={session.cancel}
              cancelling={state.cancelling}
            />
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button
                variant="primary"
                onClick={() => void session.commit()}
                disabled={state.preview.offsetUnits?.needsChoice === true}
              >
                Import
              </Button>
              <Button onClick={session.reset}>Discard</Button>
              <p className="self-center text-xs text-slate-500">
                Written all at once: either everything lands or nothing does.
              </p>
            </div>
          )}
        </div>
      )}

      {state.step === 'done' && (
        <div
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950"
          data-testid="import-done"
        >
          <p className="font-semibold">Imported {state.preview.fileName}.</p>
          <p className="mt-1">
            {plural(state.outcome.new, 'new annotation')},{' '}
            {plural(state.outcome.updated, 'updated annotation')},{' '}
            {state.outcome.unchanged.toLocaleString('en')} unchanged,{' '}
            {plural(state.outcome.conflicting, 'conflict')} resolved
            {state.outcome.articlesAdded > 0 &&
              `, ${plural(state.outcome.articlesAdded, 'new article')}`}
            {state.outcome.labelsAdded > 0 &&
              `, ${plural(state.outcome.labelsAdded, 'label')} added to the codebook`}
            {state.outcome.skipped > 0 &&
              `, ${plural(state.outcome.skipped, 'annotation')} skipped`}
            .
          </p>
          {state.outcome.orphaned > 0 && (
            <p className="mt-1">
              {plural(state.outcome.orphaned, 'orphaned annotation')} listed below under “Orphaned
              annotations”.
            </p>
          )}
          <p className="mt-2 flex gap-4">
            <Link href="/" className="text-blue-700 underline">
              Open the library
            </Link>
            <button type="button" className="text-blue-700 underline" onClick={session.reset}>
              Import another file
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
