import type {
  ClassroomFilePreview,
  ClassroomPreview,
} from '../../../workers/classroom/classroom-protocol';
import { Button } from '../../../ui/button';
import { describeCounts, plural } from './open-summary';

function FileItem({ file }: { file: ClassroomFilePreview }) {
  const tone = !file.ok
    ? 'border-red-300 bg-red-50'
    : file.supersededBy
      ? 'border-amber-300 bg-amber-50'
      : 'border-slate-200 bg-white';
  return (
    <li className={`rounded-md border p-3 text-sm ${tone}`}>
      <p className="font-medium break-all">{file.fileName}</p>
      <p className="text-slate-700">{file.summary}</p>
      {file.annotations && file.ok && (
        <p className="text-slate-600">{describeCounts(file.annotations)}</p>
      )}
      {file.error && <p className="font-medium text-red-800">Not opened: {file.error}</p>}
      {file.supersededBy && (
        <p className="text-amber-900">Left out: the later file {file.supersededBy} replaces it.</p>
      )}
      {file.notes.map((note) => (
        <p key={note} className="text-slate-600">
          {note}
        </p>
      ))}
    </li>
  );
}

interface OpenPreviewProps {
  preview: ClassroomPreview;
  busy: boolean;
  onOpen: (skipBroken: boolean) => void;
  onCancel: () => void;
}

/** Every file of the batch with what it holds or why it is refused, before anything is written. */
export function OpenPreview({ preview, busy, onOpen, onCancel }: OpenPreviewProps) {
  const { usable, broken } = preview;
  const openLabel =
    broken > 0
      ? `Open the ${usable} good ${usable === 1 ? 'file' : 'files'}`
      : `Open ${plural(usable, 'file')}`;
  return (
    <section
      aria-labelledby="open-preview-title"
      className="flex flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="open-preview-title" className="text-lg font-semibold">
        Check the files before opening them
      </h2>
      <p className="text-sm text-slate-700">
        {plural(preview.files.length, 'file')}: {usable} to open
        {broken > 0 ? `, ${plural(broken, 'broken file')} left out` : ''} ·{' '}
        {describeCounts(preview.annotations)}. Nothing is written until you choose.
      </p>
      <ul className="flex flex-col gap-2">
        {preview.files.map((file, index) => (
          <FileItem key={`${index}-${file.fileName}`} file={file} />
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        {usable > 0 && (
          <Button variant="primary" disabled={busy} onClick={() => onOpen(broken > 0)}>
            {openLabel}
          </Button>
        )}
        {broken > 0 && usable > 0 && (
          <Button disabled={busy} onClick={onCancel}>
            Open none
          </Button>
        )}
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
