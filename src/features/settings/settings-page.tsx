import { CodebookSections } from './codebook/codebook-section';
import { LexiconSection } from './lexicon/lexicon-section';
import { DataSection } from './data/data-section';
import { RestoreSection } from './data/restore-section';
import { SamplesSection } from './samples-section';

const sections = [
  { id: 'labels', title: 'Labels' },
  { id: 'actors', title: 'Actors' },
  { id: 'lexicon', title: 'Lexicon' },
  { id: 'samples', title: 'Sample articles' },
  { id: 'data', title: 'Your data' },
  { id: 'restore', title: 'Restore a backup' },
];

/*
 * The app routes through the URL hash, so in-page links like "#lexicon" would change page:
 * the table of contents scrolls to a section and moves focus to its heading instead.
 */
function jumpTo(id: string) {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  document.getElementById(`${id}-title`)?.focus({ preventScroll: true });
}

export function SettingsPage() {
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 id="settings-title" className="text-2xl font-semibold">
          Settings
        </h1>
        <p className="text-sm text-slate-600">
          The codebook you annotate with, the lexicon behind suggestions, and your data.
        </p>
      </div>
      <nav aria-label="Settings sections" className="border-b border-slate-200 pb-2">
        <ul className="-ml-3 flex flex-wrap gap-1">
          {sections.map((section) => (
            <li key={section.id}>
              <button
                type="button"
                onClick={() => jumpTo(section.id)}
                className="rounded-full px-3 py-1 text-sm font-medium text-slate-600 hover:bg-slate-200 hover:text-slate-900"
              >
                {section.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="settings-title" className="flex flex-col gap-10 pt-2">
        <CodebookSections />
        <LexiconSection />
        <SamplesSection />
        <DataSection />
        <RestoreSection />
      </section>
    </div>
  );
}
