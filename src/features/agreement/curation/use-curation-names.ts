import { useMemo } from 'react';
import { useAnnotators, useCodebook } from '../../../db';
import type { Actor, Label } from '../../../domain/types';
import type { Names } from './versions-table';

/** Names for ids (labels, actors, annotators), and the codebook's labels and actors to edit. */
export function useCurationNames(): Names & { labels: Label[]; actors: Actor[] } {
  const codebook = useCodebook();
  const annotators = useAnnotators();
  return useMemo(() => {
    const labels = codebook.data?.labels ?? [];
    const actors = codebook.data?.actors ?? [];
    const labelNames = new Map(labels.map((label) => [label.id, label.name]));
    const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
    const people = new Map(annotators.data?.all.map((person) => [person.id, person.name]));
    return {
      labels,
      actors,
      label: (id) => labelNames.get(id) ?? id,
      actor: (id) => (id === null ? '—' : (actorNames.get(id) ?? id)),
      annotator: (id) => people.get(id) ?? id,
    };
  }, [codebook.data, annotators.data]);
}
