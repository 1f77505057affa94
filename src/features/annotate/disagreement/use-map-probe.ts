import { useCallback, useState } from 'react';
import type { PackedMap } from '../../../domain/agreement/packed-map';
import { stepIndex } from '../workspace-items';
import { atWordLines } from './at-word-lines';
import { runsAtOffset, runsOverlapping } from './run-lookup';

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
 * The words "At this word" is about — the run under the pointer, the keyboard selection
 * (`caret`), or the contested span J/K moved to — and its "NAME: LABEL" lines.
 */
export function useMapProbe(
  map: PackedMap | null,
  labels: readonly { id: string; name: string }[],
  caret: Span | null,
) {
  const [probe, setProbe] = useState<Probe | null>(null);
  const [seenCaret, setSeenCaret] = useState(caret);
  if (caret !== seenCaret) {
    setSeenCaret(caret);
    if (caret) setProbe({ ...caret, contested: null });
  }

  const onHoverOffset = useCallback(
    (offset: number | null) => {
      if (!map || offset === null) return;
      const [run] = runsAtOffset(map, offset);
      const next = run ? { start: run.start, end: run.end, contested: null } : UNMARKED;
      setProbe((previous) => (sameProbe(previous, next) ? previous : next));
    },
    [map],
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
      ? atWordLines(map.annotators, runsOverlapping(map, probe.start, probe.end), labels)
      : [];
  return {
    probe: probe === UNMARKED ? null : probe,
    probed: probe !== null,
    lines,
    step,
    onHoverOffset,
  };
}
