import type { ReactNode } from 'react';
import { jumpToSection } from './jump-to-section';

export interface SectionLink {
  id: string;
  title: ReactNode;
}

/** A page's table of contents: one button per section. */
export function SectionNav({
  label,
  sections,
  className = '',
}: {
  label: string;
  sections: SectionLink[];
  className?: string;
}) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="-ml-3 flex flex-wrap gap-1">
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              onClick={() => jumpToSection(section.id)}
              className="rounded-full px-3 py-1 text-sm font-medium text-slate-600 hover:bg-slate-200 hover:text-slate-900"
            >
              {section.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
