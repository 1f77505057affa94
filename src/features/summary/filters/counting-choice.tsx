import type { CountingDefault } from '../../../domain/summary/counting-set';
import { countedAnnotatorIds, type FilterState } from './filter-state';
import { defaultReason } from './describe-counting';
import { ChoiceRow } from './checkbox-group';

interface CountingChoiceProps {
  annotators: readonly { id: string; name: string }[];
  defaults: CountingDefault;
  state: FilterState;
  onChange: (patch: Pick<FilterState, 'annotatorIds' | 'countEvery'>) => void;
}

/**
 * Whose annotations count: the default set until the person chooses, and with several
 * annotators whether a place marked by several of them counts once or once per annotator.
 */
export function CountingChoice({ annotators, defaults, state, onChange }: CountingChoiceProps) {
  const allIds = annotators.map((annotator) => annotator.id);
  const counted = countedAnnotatorIds(state, defaults) ?? allIds;
  const chosen = allIds.filter((id) => counted.includes(id));
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((value) => value !== id) : [...chosen, id];
    if (next.length > 0) onChange({ annotatorIds: next, countEvery: state.countEvery });
  };
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 flex w-full items-baseline justify-between gap-2 text-sm font-semibold text-slate-800">
        <span>Annotators</span>
        <span className="text-xs font-normal text-slate-500">
          <span className="sr-only">: </span>
          {state.annotatorIds === null ? 'default' : `${chosen.length} of ${allIds.length}`}
        </span>
      </legend>
      <div className="flex max-h-48 flex-col gap-0.5 overflow-y-auto pr-1">
        {annotators.map((annotator) => {
          const checked = chosen.includes(annotator.id);
          return (
            <ChoiceRow
              key={annotator.id}
              option={annotator}
              checked={checked}
              last={checked && chosen.length === 1}
              onToggle={() => toggle(annotator.id)}
            />
          );
        })}
      </div>
      {annotators.length === 0 && (
        <p className="text-xs text-slate-500">Nobody has annotated yet.</p>
      )}
      {state.annotatorIds !== null && (
        <button
          type="button"
          className="self-start text-left text-xs text-blue-700 underline"
          onClick={() => onChange({ annotatorIds: null, countEvery: state.countEvery })}
        >
          Use the default: {defaultReason(defaults)}
        </button>
      )}
      <label className="mt-1 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={state.countEvery}
          onChange={(event) =>
            onChange({ annotatorIds: state.annotatorIds, countEvery: event.target.checked })
          }
        />
        <span>
          Count every annotator
          <span className="block text-xs text-slate-500">
            Off: words marked by several annotators count once.
          </span>
        </span>
      </label>
    </fieldset>
  );
}
