import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { PackedMap } from '../../../domain/agreement/packed-map';
import { mapLayers } from './map-layers';
import { visibleTextSpan } from './visible-text';

interface Span {
  start: number;
  end: number;
}

/** Before the text on screen is measured: no run yet. */
const NOTHING: Span = { start: 0, end: 0 };
/** The text could not be measured: every run. */
const EVERYTHING: Span = { start: 0, end: Number.MAX_SAFE_INTEGER };

/**
 * The map's highlight layers. When the map appears, the frame it arrives in paints only the
 * runs on screen (with thousands of runs, registering every range delays that frame); the rest
 * follow in the next task. A map computed again while one is shown (the data changed, another
 * annotator ticked) is painted whole at once, so nothing painted disappears meanwhile.
 */
export function useMapLayers(
  map: PackedMap | null,
  contestedOnly: boolean,
  text: string,
  textRef: RefObject<HTMLElement | null>,
) {
  const [onScreen, setOnScreen] = useState<Span | null>(null);
  const [shownWhole, setShownWhole] = useState(false);
  const firstScreen = map !== null && !shownWhole;
  if (map === null && (shownWhole || onScreen)) {
    setShownWhole(false);
    setOnScreen(null);
  }
  const within = firstScreen ? (onScreen ?? NOTHING) : null;
  const layers = useMemo(
    () => mapLayers(map, contestedOnly, text, within),
    [map, contestedOnly, text, within],
  );
  // Measured before the frame is painted; setting it renders again before that frame.
  useLayoutEffect(() => {
    if (firstScreen) setOnScreen(visibleTextSpan(textRef.current) ?? EVERYTHING);
  }, [firstScreen, textRef]);
  useEffect(() => {
    if (!firstScreen) return;
    let timer = 0;
    // After the frame that shows the first screen has been painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShownWhole(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [firstScreen]);
  return layers;
}
