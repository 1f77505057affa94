import { useId, useRef, useState, type FormEvent } from 'react';
import { addAlias, removeAlias, renameActor } from '../../../domain/codebook/edit-codebook';
import type { Actor } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { inputClass } from '../../../ui/field';
import { InlineTextField } from './inline-text-field';
import { useCommitCodebookEdit } from './use-commit-codebook-edit';
import { FieldError } from '../../../ui/alert';

export function ActorCard({ actor }: { actor: Actor }) {
  const id = useId();
  const commit = useCommitCodebookEdit();
  const aliasInput = useRef<HTMLInputElement>(null);
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const problem = await commit((codebook) => addAlias(codebook, actor.id, alias));
    setSaving(false);
    setError(problem);
    if (!problem) setAlias('');
  };

  const remove = async (existing: string) => {
    setError(await commit((codebook) => removeAlias(codebook, actor.id, existing)));
    // The chip and its button are gone; continue from the alias box.
    aliasInput.current?.focus();
  };

  return (
    <li>
      <div
        role="group"
        aria-label={actor.name}
        className="flex h-full flex-col gap-3 rounded-md border border-slate-200 bg-white p-3"
      >
        <InlineTextField
          label="Actor name"
          value={actor.name}
          onCommit={(name) => commit((codebook) => renameActor(codebook, actor.id, name))}
        />
        <div className="flex flex-col gap-1">
          <span id={`${id}-aliases`} className="text-xs font-medium text-slate-600">
            Aliases ({actor.aliases.length}) · id <code>{actor.id}</code>
          </span>
          {actor.aliases.length === 0 ? (
            <p className="text-sm text-slate-500 italic">
              No aliases yet: target suggestions find an actor through them.
            </p>
          ) : (
            <ul aria-labelledby={`${id}-aliases`} className="flex flex-wrap gap-1.5">
              {actor.aliases.map((existing) => (
                <li
                  key={existing}
                  className="inline-flex items-center gap-0.5 rounded-full border border-slate-200 bg-slate-50 py-0.5 pr-0.5 pl-2.5 text-sm text-slate-800"
                >
                  {existing}
                  <button
                    type="button"
                    onClick={() => void remove(existing)}
                    aria-label={`Remove alias “${existing}” from ${actor.name}`}
                    className="ml-0.5 inline-flex h-5 w-5 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-900"
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <form onSubmit={add} noValidate className="mt-auto flex flex-col gap-1">
          <label htmlFor={`${id}-new-alias`} className="text-xs font-medium text-slate-600">
            New alias
          </label>
          <div className="flex gap-2">
            <input
              ref={aliasInput}
              id={`${id}-new-alias`}
              value={alias}
              onChange={(event) => setAlias(event.target.value)}
              placeholder="e.g. Tahrir al-Sham"
              className={inputClass}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <Button type="submit" disabled={saving} className="shrink-0">
              Add alias
            </Button>
          </div>
        </form>
        {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      </div>
    </li>
  );
}
