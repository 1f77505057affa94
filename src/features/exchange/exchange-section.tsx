import type { ReactNode } from 'react';

interface ExchangeSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** One titled part of the Import & export page; `id` is where the page's contents jump to. */
export function ExchangeSection({ id, title, description, children }: ExchangeSectionProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`${id}-title`} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
