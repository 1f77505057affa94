import { useId, useMemo, useState } from 'react';
import { agreedGroups } from '../../../domain/agreement/agreed-groups';
import type { CurationGroup, CurationVersion } from '../../../domain/agreement/curation-types';
import { Button } from '../../../ui/button';
import { parseAtLeast } from './curation-plan';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Accept every group where at least k of n agree", over the undecided groups, previewed. */
export function BulkAccept({
  undecided,
  annotators,
  saving,
  onAccept,
}: {
  undecided: readonly CurationGroup[];
  /** n: the most annotators who coded any of the articles. */
  annotators: number;
  saving: boolean;
  onAccept: (accepted: { group: CurationGroup; version: CurationVersion }[]) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState(String(annotators));
  const parsed = parseAtLeast(typed, annotators);
  const k = 'value' in parsed ? parsed.value : null;
  const preview = useMemo(() => (k === null ? null : agreedGroups(undecided, k)), [undecided, k]);
  const count = preview?.accept.length ?? 0;

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-2 rounded-md border border-slate-200 p-3"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Accept where annotators agree
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={`${id}-k`}>At least</label>
        <input
          id={`${id}-k`}
          type="number"
          min={1}
          max={annotators}
          step={1}
          className="w-20 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-red-600"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={k === null}
          aria-describedby={`${id}-preview`}
        />
        <span>of {annotators} annotators agree</span>
      </p>
      <p
        id={`${id}-preview`}
        role={k === null ? 'alert' : 'status'}
        className={`text-sm ${k === null ? 'text-red-700' : 'text-slate-700'}`}
      >
        {'error' in parsed
          ? parsed.error
          : `${plural(count, 'group')} would be accepted${
              preview && preview.tied > 0
                ? `; ${plural(preview.tied, 'tie is', 'ties are')} left for you`
                : ''
            }.`}
      </p>
      <div>
        <Button
          variant="primary"
          disabled={k === null || count === 0 || saving}
          onClick={() => preview && onAccept(preview.accept)}
        >
          Accept {plural(count, 'group')}
        </Button>
      </div>
    </section>
  );
}
