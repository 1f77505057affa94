import { SectionNav } from '../../ui/section-nav';
import { CodebookSections } from './codebook/codebook-section';
import { LexiconSection } from './lexicon/lexicon-section';
import { YourTermsSection } from './lexicon/your-terms-section';
import { DataSection } from './data/data-section';
import { RestoreSection } from './data/restore-section';
import { SamplesSection } from './samples-section';

const sections = [
  { id: 'labels', title: 'Labels' },
  { id: 'actors', title: 'Actors' },
  { id: 'lexicon', title: 'Lexicon' },
  { id: 'your-terms', title: 'Your terms' },
  { id: 'samples', title: 'Sample articles' },
  { id: 'data', title: 'Your data' },
  { id: 'restore', title: 'Restore a backup' },
];

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
      <SectionNav
        label="Settings sections"
        sections={sections}
        className="border-b border-slate-200 pb-2"
      />
      <section aria-labelledby="settings-title" className="flex flex-col gap-10 pt-2">
        <CodebookSections />
        <LexiconSection />
        <YourTermsSection />
        <SamplesSection />
        <DataSection />
        <RestoreSection />
      </section>
    </div>
  );
}
