import type { Label } from '../../../domain/types';
import { LabelButton } from '../label-button';

interface Props {
  labels: Label[];
  activeLabelId: string | null;
  enabled: boolean;
  onPick: (labelId: string) => void;
}

/** The labels as finger-sized buttons (at least 44 px high): one tap labels the words. */
export function SheetLabels({ labels, activeLabelId, enabled, onPick }: Props) {
  return (
    <div role="group" aria-label="Labels" className="grid grid-cols-2 gap-1.5">
      {labels.map((label) => (
        <LabelButton
          key={label.id}
          label={label}
          active={label.id === activeLabelId}
          enabled={enabled}
          onPick={onPick}
          className="min-h-11 leading-tight"
          nameClassName="min-w-0"
        />
      ))}
    </div>
  );
}
