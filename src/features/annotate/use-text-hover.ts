import { useRef, useState, type RefObject } from 'react';
import { annotationsAt } from '../../domain/annotations/create-annotation';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation, Label } from '../../domain/types';
import { offsetAtPoint } from './dom/text-offsets';

export interface HoverTip {
  x: number;
  y: number;
  names: string[];
}

interface HoverInputs {
  visible: Annotation[];
  suggestions: Suggestion[];
  labels: Label[];
  /** Told the text offset under the pointer once per frame (e.g. the disagreement map). */
  onOffset?: (offset: number | null) => void;
}

/** The tooltip naming the labels under the pointer (or the suggestion, where there are none). */
export function useTextHover(
  textRef: RefObject<HTMLElement | null>,
  { visible, suggestions, labels, onOffset }: HoverInputs,
) {
  const [hover, setHover] = useState<HoverTip | null>(null);
  const hoverFrame = useRef(0);
  const labelName = (labelId: string | undefined) =>
    labels.find((label) => label.id === labelId)?.name;

  const onMouseMove = (event: React.MouseEvent) => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const container = textRef.current;
      const offset = container ? offsetAtPoint(container, clientX, clientY) : null;
      onOffset?.(offset);
      const hits = offset === null ? [] : annotationsAt(visible, offset);
      const names = hits.map((hit) => labelName(hit.labelId) ?? hit.labelId);
      const suggestionHits = offset === null ? [] : annotationsAt(suggestions, offset);
      if (names.length === 0 && suggestionHits[0])
        names.push(`Suggestion: ${labelName(suggestionHits[0].labelId) ?? ''}`);
      setHover(names.length ? { x: clientX, y: clientY, names } : null);
    });
  };

  const onMouseLeave = () => setHover(null);

  return { hover, onMouseMove, onMouseLeave };
}
