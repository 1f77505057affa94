import { useState } from 'react';
import { recalledMapAnnotators } from '../../../ui/map-annotators';
import { useMapQuery } from './use-map-query';

interface Choice {
  /** null = everyone who coded the article except gold sets. */
  ids: readonly string[] | null;
  /** Handed over from the Agreement page rather than ticked here. */
  recalled: boolean;
}

/**
 * Who is on the map, and the map for them: to start with, the annotators handed over from the
 * Agreement page who coded this article, else every coder but the gold sets; then whoever the
 * person ticks.
 */
export function useMapAnnotators(articleId: string, on: boolean) {
  const [choice, setChoice] = useState<Choice>(() => ({
    ids: recalledMapAnnotators(),
    recalled: true,
  }));
  const query = useMapQuery(articleId, choice.ids, on);
  const result = on ? (query.data ?? null) : null;
  const coders = result?.coders ?? [];
  const recalledElsewhere =
    choice.recalled &&
    choice.ids !== null &&
    result !== null &&
    !coders.some((coder) => choice.ids?.includes(coder.id));
  if (recalledElsewhere) setChoice({ ids: null, recalled: false });

  const isOn = (annotatorId: string) =>
    choice.ids === null
      ? coders.some((coder) => coder.id === annotatorId && !coder.gold)
      : choice.ids.includes(annotatorId);

  const toggle = (annotatorId: string, checked: boolean) => {
    const ids = coders
      .map((coder) => coder.id)
      .filter((id) => (id === annotatorId ? checked : isOn(id)));
    setChoice({ ids, recalled: false });
  };

  return {
    result,
    error: on && query.isError ? query.error : null,
    computing: on && query.isFetching,
    coders,
    isOn,
    toggle,
  };
}
