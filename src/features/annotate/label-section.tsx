import type { Label } from '../../domain/types';
import { LabelPalette } from './label-palette';

interface Props {
  labels: Label[];
  /** The words selected and waiting for a label, if any. */
  pendingQuote: string | null;
  activeLabelId: string | null;
  enabled: boolean;
  onPick: (labelId: string) => void;
}

export function LabelSection({ labels, pendingQuote, activeLabelId, enabled, onPick }: Props) {
  return (
    <section aria-labelledby="palette-title" className="flex flex-col gap-2">
      <h2 id="palette-title" className="text-sm font-semibold">
        Label
      </h2>
      {pendingQuote !== null ? (
        <p className="text-sm" data-testid="pending-selection">
          Selected: “<bdi className="font-serif">{pendingQuote}</bdi>” — press a number or pick a
          label.
        </p>
      ) : (
        <p className="text-sm text-slate-600">
          Select words in the text (hold Alt for exact characters).
        </p>
      )}
      <LabelPalette
        labels={labels}
        activeLabelId={activeLabelId}
        enabled={enabled}
        onPick={onPick}
      />
    </section>
  );
}
