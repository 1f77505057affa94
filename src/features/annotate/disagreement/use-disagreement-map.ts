import { useCallback, useMemo, useState } from 'react';
import { stepIndex } from '../workspace-items';
import { atWordLines } from './at-word-lines';
import { mapLayers } from './map-layers';
import { runsAtOffset, runsOverlapping } from './run-lookup';
import { useMapAnnotators } from './use-map-annotators';

interface Span {
  start: number;
  end: number;
}

/** What "At this word" describes: a hovered run, the keyboard selection, or a contested span. */
interface Probe extends Span {
  /** Index into the contested spans when J/K moved here. */
  contested: number | null;
}

/** A pointer over words nobody on the map marked: one value, so moving there repaints once. */
const UNMARKED: Probe = { start: -1, end: -1, contested: null };

const sameProbe = (a: Probe | null, b: Probe) =>
  a !== null && a.start === b.start && a.end === b.end && a.contested === b.contested;

/**
 * The reader's disagreement map: whether it is on, who is on it, the highlight layers it
 * paints, the contested span J/K is at, and what "At this word" lists. The worker computes the
 * map; this only turns it into layers and lines.
 */
export function useDisagreementMap(
  article: { id: string; text: string },
  openAtStart: boolean,
  caret: Span | null,
) {
  const [on, setOn] = useState(openAtStart);
  const [contestedOnly, setContestedOnly] = useState(false);
  const people = useMapAnnotators(article.id, on);
  const result = people.result;
  const map = result?.map ?? null;
  const layers = useMemo(
    () => mapLayers(map, contestedOnly, article.text),
    [map, contestedOnly, article.text],
  );
  const [probe, setProbe] = useState<Probe | null>(null);
  const [seenCaret, setSeenCaret] = useState(caret);
  if (caret !== seenCaret) {
    setSeenCaret(caret);
    if (caret) setProbe({ ...caret, contested: null });
  }

  const runs = map?.runs;
  const onHoverOffset = useCallback(
    (offset: number | null) => {
      if (!runs || offset === null) return;
      const [run] = runsAtOffset(runs, offset);
      const next = run ? { start: run.start, end: run.end, contested: null } : UNMARKED;
      setProbe((previous) => (sameProbe(previous, next) ? previous : next));
    },
    [runs],
  );

  const contested = map?.contested ?? [];
  const step = (direction: 1 | -1, flash: (span: Span) => void) => {
    if (contested.length === 0) return;
    const next = stepIndex(contested.length, probe?.contested ?? -1, direction);
    const span = contested[next];
    if (!span) return;
    setProbe({ ...span, contested: next });
    flash(span);
  };

  const lines =
    map && probe
      ? atWordLines(
          map.annotators,
          runsOverlapping(map.runs, probe.start, probe.end),
          result?.labels ?? [],
        )
      : [];
  return {
    on,
    setOn,
    contestedOnly,
    setContestedOnly,
    people,
    layers,
    contestedCount: contested.length,
    probe: probe === UNMARKED ? null : probe,
    probed: probe !== null,
    lines,
    step,
    onHoverOffset,
  };
}

export type DisagreementMapState = ReturnType<typeof useDisagreementMap>;
