import { useEffect, useRef, type RefObject } from 'react';
import type { Article } from '../../../domain/types';
import type { AnnotationWorkspaceState } from '../use-annotation-workspace';
import type { TextSpan } from '../use-text-selection';
import { SheetBody } from './sheet-body';
import { sheetSubject } from './sheet-subject';
import { useKeepAboveSheet } from './use-keep-above-sheet';

interface Props {
  article: Article;
  workspace: AnnotationWorkspaceState;
  textRef: RefObject<HTMLElement | null>;
}

/**
 * On a phone: the labels, the suggestion's Accept/Reject and the editor in a sheet at the
 * bottom of the screen, open while words are selected or an item is current, so that
 * annotating never means leaving the words. Escape (or ×) closes it.
 */
export function PhoneSheet({ article, workspace, textRef }: Props) {
  const subject = sheetSubject(workspace);
  if (!subject) return null;
  return <OpenSheet article={article} workspace={workspace} textRef={textRef} subject={subject} />;
}

function OpenSheet({ article, workspace, textRef, subject }: Props & { subject: TextSpan }) {
  const sheetRef = useRef<HTMLElement>(null);
  const height = useKeepAboveSheet(textRef, sheetRef, subject);
  const focus = useRef({ inside: false });
  // A sheet that closes with the focus in it (Escape, Delete…) hands the focus back to the text.
  useEffect(() => {
    const state = focus.current;
    const text = textRef.current;
    return () => {
      if (state.inside) text?.focus({ preventScroll: true });
    };
  }, [textRef]);
  const close = () => {
    workspace.clearPending();
    workspace.setCurrent(null);
  };

  return (
    <div>
      <div aria-hidden="true" style={{ height }} />
      <section
        ref={sheetRef}
        aria-label="Label the selected words"
        onFocus={() => (focus.current.inside = true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) focus.current.inside = false;
        }}
        className="fixed inset-x-0 bottom-0 z-30 flex max-h-[60vh] flex-col rounded-t-xl border-t border-slate-300 bg-white pb-[env(safe-area-inset-bottom)] shadow-[0_-4px_16px_rgba(15,23,42,0.15)]"
      >
        <div className="flex items-center gap-2 pl-3 pr-1 pt-1">
          <p className="min-w-0 flex-1 truncate font-serif text-base">
            “<bdi data-testid="sheet-quote">{article.text.slice(subject.start, subject.end)}</bdi>”
          </p>
          <button
            type="button"
            onClick={close}
            aria-label="Close (Esc)"
            title="Close (Esc)"
            className="h-11 w-11 shrink-0 rounded-md text-xl text-slate-700"
          >
            ×
          </button>
        </div>
        <div className="flex min-h-0 flex-col gap-2 overflow-y-auto px-3 pb-3">
          <SheetBody article={article} workspace={workspace} />
        </div>
      </section>
    </div>
  );
}
