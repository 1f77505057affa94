import { addActor } from '../../../domain/codebook/edit-codebook';
import type { Actor } from '../../../domain/types';
import { ActorCard } from './actor-card';
import { AddNameForm } from './add-name-form';
import { useCommitCodebookEdit } from './use-commit-codebook-edit';

export function ActorsEditor({ actors }: { actors: readonly Actor[] }) {
  const commit = useCommitCodebookEdit();
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label="Actors" className="grid gap-3 md:grid-cols-2">
        {actors.map((actor) => (
          <ActorCard key={actor.id} actor={actor} />
        ))}
      </ul>
      <AddNameForm
        label="New actor name"
        placeholder="e.g. Kurdish-led SDF"
        submitLabel="Add actor"
        onAdd={(name) => commit((codebook) => addActor(codebook, name))}
        successMessage={(name) => `Added the actor “${name}”. Now add its aliases.`}
      />
    </div>
  );
}
