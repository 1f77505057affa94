import { useMemo, useState } from 'react';
import { mapLayers } from './map-layers';
import { useMapAnnotators } from './use-map-annotators';
import { useMapProbe } from './use-map-probe';

const NO_LABELS: { id: string; name: string }[] = [];

/**
 * The reader's disagreement map: whether it is on, who is on it, the highlight layers it
 * paints, the contested span J/K is at, and what "At this word" lists. The worker computes the
 * map; this only turns it into layers and lines.
 */
export function useDisagreementMap(
  article: { id: string; text: string },
  openAtStart: boolean,
  caret: { start: number; end: number } | null,
) {
  const [on, setOn] = useState(openAtStart);
  const [contestedOnly, setContestedOnly] = useState(false);
  const people = useMapAnnotators(article.id, on);
  const map = people.result?.map ?? null;
  const layers = useMemo(
    () => mapLayers(map, contestedOnly, article.text),
    [map, contestedOnly, article.text],
  );
  const probe = useMapProbe(map, people.result?.labels ?? NO_LABELS, caret);
  return {
    on,
    setOn,
    contestedOnly,
    setContestedOnly,
    people,
    layers,
    contestedCount: map?.contested.length ?? 0,
    ...probe,
  };
}

export type DisagreementMapState = ReturnType<typeof useDisagreementMap>;
