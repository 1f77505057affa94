import { useEffect, useId, useRef, useState } from 'react';

interface ColorFieldProps {
  label: string;
  value: string;
  /** Resolves once the colour is saved or refused; the field then shows the saved colour. */
  onCommit: (color: string) => Promise<unknown>;
}

/**
 * A colour picker that saves once the picker closes (the native `change` event), not on
 * every `input` event while the person drags through colours.
 */
export function ColorField({ label, value, onCommit }: ColorFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => {
      const color = input.value;
      void commitRef.current(color).finally(() => setDraft(null));
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  const shown = (draft ?? value).toLowerCase();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          ref={ref}
          id={id}
          type="color"
          value={shown}
          onChange={(event) => setDraft(event.target.value)}
          className="h-9 w-11 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
        <span className="font-mono text-xs text-slate-500" aria-hidden="true">
          {shown}
        </span>
      </div>
    </div>
  );
}
