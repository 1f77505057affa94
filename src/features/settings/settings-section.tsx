import type { ReactNode } from 'react';

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  /** Shown at the right of the title (status, actions). */
  aside?: ReactNode;
  children: ReactNode;
}

/** One titled part of the settings page; `id` is where the table of contents jumps to. */
export function SettingsSection({ id, title, description, aside, children }: SettingsSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div className="max-w-2xl">
          <h2 id={`${id}-title`} tabIndex={-1} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
        </div>
        {aside}
      </div>
      {children}
    </section>
  );
}
