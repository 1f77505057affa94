import type { ReactNode } from 'react';

interface SummaryBlockProps {
  id: string;
  title: string;
  description?: ReactNode;
  /** The "How is this computed?" text. */
  how: ReactNode;
  /** View toggles and downloads, at the right of the title. */
  tools?: ReactNode;
  children: ReactNode;
}

/** One part of the summary: title, what it shows, how it is computed, then the chart/table. */
export function SummaryBlock({ id, title, description, how, tools, children }: SummaryBlockProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 rounded-md border border-slate-200 bg-white p-4 print:break-inside-avoid print:border-0 print:p-0"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 max-w-2xl">
          <h2 id={`${id}-title`} tabIndex={-1} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
        {tools && <div className="flex flex-wrap items-center gap-2 print:hidden">{tools}</div>}
      </div>
      <details
        className="mt-2 text-sm text-slate-700 print:details-content:block print:details-content:[content-visibility:visible]"
        data-how-computed
      >
        <summary className="w-fit cursor-pointer rounded text-blue-800 underline-offset-2 hover:underline">
          How is this computed?
        </summary>
        <div className="mt-2 flex max-w-3xl flex-col gap-2 rounded-md bg-slate-50 p-3 leading-relaxed">
          {how}
        </div>
      </details>
      <div className="mt-3">{children}</div>
    </section>
  );
}
