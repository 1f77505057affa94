import type { RefObject } from 'react';
import { ArticleText } from '../../ui/article-text';
import type { HoverTip } from './use-text-hover';

interface Props {
  textRef: RefObject<HTMLDivElement | null>;
  text: string;
  /** The article's language tag, for the text's `lang`. */
  language?: string;
  hover: HoverTip | null;
  onKeyDown: (event: React.KeyboardEvent) => void;
  onClick: (event: React.MouseEvent) => void;
  onMouseMove: (event: React.MouseEvent) => void;
  onMouseLeave: () => void;
  /** The text region's name: it says what a person can do in it. */
  label?: string;
}

/**
 * The article text a person selects words in, with the tooltip naming what is under the
 * pointer. Highlights are painted over it from outside React (see useHighlights).
 */
export function ArticleTextSurface({
  textRef,
  text,
  language = '',
  hover,
  onKeyDown,
  onClick,
  onMouseMove,
  onMouseLeave,
  label = 'Article text — select words, then press a label number. Arrow keys select word by word.',
}: Props) {
  return (
    <div>
      <div
        ref={textRef}
        tabIndex={0}
        role="region"
        aria-label={label}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        className="rounded-md outline-offset-8"
      >
        <ArticleText text={text} language={language} />
      </div>
      {hover && (
        <div
          role="tooltip"
          className="pointer-events-none fixed z-40 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
          style={{ left: hover.x + 12, top: hover.y + 16 }}
        >
          {hover.names.join(' · ')}
        </div>
      )}
    </div>
  );
}
