import type { Label } from '../../domain/types';
import { inputClass } from '../../ui/field';
import { KeyHint } from './keys/key-hint';

interface Props {
  annotationId: string;
  labelId: string;
  labels: Label[];
  onChange: (labelId: string) => void;
}

/** The editor's label select, with the chosen label's definition and examples under it. */
export function LabelChoice({ annotationId, labelId, labels, onChange }: Props) {
  const chosen = labels.find((label) => label.id === labelId);
  const definitionId = `label-definition-${annotationId}`;
  const keys = labels.flatMap((label) => (label.key ? [label.key] : []));
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        <span>
          Label{' '}
          {keys.length > 0 && (
            <KeyHint>
              {keys.length > 1 ? `${keys[0]}–${keys[keys.length - 1]}` : (keys[0] ?? '')}
            </KeyHint>
          )}
        </span>
        <select
          className={inputClass}
          value={labelId}
          aria-describedby={chosen?.description ? definitionId : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          {labels.map((label) => (
            <option key={label.id} value={label.id}>
              {label.key ? `${label.key} · ` : ''}
              {label.name}
            </option>
          ))}
        </select>
      </label>
      {chosen?.description && (
        <p id={definitionId} dir="auto" className="text-xs text-slate-600">
          {chosen.description}
        </p>
      )}
    </div>
  );
}
