import { forwardRef, type ReactNode } from 'react';
import type { CurationDecision, CurationGroup } from '../../../domain/agreement/curation-types';
import { GroupWords } from './group-words';

/** The current group: where it is, its words in context, and how it was decided. */
export const GroupPanel = forwardRef<
  HTMLElement,
  {
    group: CurationGroup;
    position: number;
    total: number;
    title: string;
    text: string | null;
    decision: CurationDecision | undefined;
    children: ReactNode;
  }
>(function GroupPanel({ group, position, total, title, text, decision, children }, ref) {
  const name = `Group ${position} of ${total}`;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-label={name}
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{name}</h2>
        <p
          className={`rounded px-2 py-0.5 text-sm font-medium ${
            decision?.outcome === 'accepted'
              ? 'bg-green-100 text-green-900'
              : decision?.outcome === 'rejected'
                ? 'bg-red-100 text-red-900'
                : 'bg-slate-100 text-slate-700'
          }`}
        >
          {decision?.outcome === 'accepted'
            ? 'Accepted'
            : decision?.outcome === 'rejected'
              ? 'Rejected'
              : 'Not decided yet'}
        </p>
      </div>
      <p className="text-sm text-slate-600">
        <span className="font-medium text-slate-800" dir="auto">
          {title}
        </span>{' '}
        · {group.coders} annotators coded this article
      </p>
      {text === null ? (
        <p role="status">Reading the article…</p>
      ) : (
        <GroupWords text={text} start={group.start} end={group.end} />
      )}
      {children}
    </section>
  );
});
