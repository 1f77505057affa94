import { useId, useState } from 'react';
import type { Label } from '../../domain/types';
import { LabelButton } from './label-button';

interface Props {
  labels: Label[];
  /** The label of the selected annotation, highlighted in the palette. */
  activeLabelId: string | null;
  enabled: boolean;
  onPick: (labelId: string) => void;
}

/**
 * One button per label: swatch, key and name (colour is never the only cue). Hovering or
 * focusing a button shows the label's definition and examples: the codebook beside the task.
 */
export function LabelPalette({ labels, activeLabelId, enabled, onPick }: Props) {
  const tipPrefix = useId();
  const [shownId, setShownId] = useState<string | null>(null);
  return (
    <div role="group" aria-label="Labels" className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
      {labels.map((label, index) => {
        const active = label.id === activeLabelId;
        const tipId = `${tipPrefix}-${index}`;
        const show = () => setShownId(label.id);
        const hide = () => setShownId((current) => (current === label.id ? null : current));
        return (
          <div
            key={label.id}
            className="relative"
            onMouseEnter={show}
            onMouseLeave={hide}
            onFocus={show}
            onBlur={hide}
            onKeyDown={(event) => {
              if (event.key === 'Escape') hide();
            }}
          >
            <LabelButton
              label={label}
              active={active}
              enabled={enabled}
              onPick={onPick}
              className="w-full py-1.5"
              nameClassName="truncate"
              describedBy={label.description ? tipId : undefined}
            />
            {label.description && (
              <LabelTip id={tipId} label={label} shown={shownId === label.id} />
            )}
          </div>
        );
      })}
    </div>
  );
}

function LabelTip({ id, label, shown }: { id: string; label: Label; shown: boolean }) {
  return (
    <div
      id={id}
      role="tooltip"
      hidden={!shown}
      className="absolute left-0 top-full z-30 mt-1 w-72 max-w-[80vw] rounded-md bg-slate-900 px-3 py-2 text-xs leading-snug text-white shadow-lg"
    >
      <span className="font-semibold">{label.name}</span>
      {label.category && <span className="text-slate-300"> · {label.category}</span>}
      <span className="mt-1 block" dir="auto">
        {label.description}
      </span>
    </div>
  );
}
