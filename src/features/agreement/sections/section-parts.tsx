import type { ReactNode } from 'react';
import { formatMeasure } from '../agreement-format';
import { tdNumber } from './table-styles';

interface AgreementSectionProps {
  id: string;
  title: string;
  /** "How is this computed?": the definitions behind the section's numbers, in words. */
  howComputed: ReactNode;
  children: ReactNode;
}

/** One section of the page: its heading, its numbers, and how they are computed. */
export function AgreementSection({ id, title, howComputed, children }: AgreementSectionProps) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer font-medium text-slate-800">
          How is this computed?
        </summary>
        <div className="mt-2 flex max-w-3xl flex-col gap-2">{howComputed}</div>
      </details>
    </section>
  );
}

/** A table that may be wider than the page: it scrolls itself, and the keyboard reaches it. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="max-h-[70vh] max-w-full overflow-auto rounded focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      {children}
    </div>
  );
}

/** A number cell: three decimals, or "—" with the reason it is undefined as its title. */
export function MeasureCell({
  value,
  reason,
  className = tdNumber,
}: {
  value: number | null;
  reason: string | null;
  className?: string;
}) {
  return (
    <td className={className} title={value === null ? (reason ?? undefined) : undefined}>
      {formatMeasure(value)}
    </td>
  );
}
