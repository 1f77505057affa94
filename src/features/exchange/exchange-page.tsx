import { SectionNav } from '../../ui/section-nav';
import { Link } from 'wouter';
import { CorpusPanel } from './corpus/corpus-panel';
import { ExchangeSection } from './exchange-section';
import { ExportPanel } from './export/export-panel';
import { ImportPanel } from './import/import-panel';
import { OrphansPanel } from './orphans/orphans-panel';
import { useOrphans } from './api/orphans-query';

const sections = [
  { id: 'export', title: 'Export' },
  { id: 'import', title: 'Import annotations' },
  { id: 'corpus', title: 'Import articles' },
  { id: 'orphans', title: 'Orphaned annotations' },
];

interface ExchangePageProps {
  articleId?: string | null;
  /** Opened from a gold set or a person: export only this annotator's annotations. */
  annotatorId?: string | null;
}

export function ExchangePage({ articleId = null, annotatorId = null }: ExchangePageProps) {
  const orphans = useOrphans();
  const orphanCount = orphans.data?.length ?? 0;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 id="exchange-title" className="text-2xl font-semibold">
          Import & export
        </h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Move annotations between copies of FrameLens and other tools, and add articles from files.
          Nothing leaves this browser unless you download a file; every import is shown before
          anything is written. To back up or restore the whole database, see{' '}
          <Link href="/settings" className="text-blue-700 underline">
            Settings → Your data
          </Link>
          .
        </p>
      </div>
      <SectionNav
        label="Import and export sections"
        className="border-b border-slate-200 pb-2"
        sections={sections.map((section) => ({
          id: section.id,
          title:
            section.id === 'orphans' && orphanCount > 0
              ? `${section.title} (${orphanCount})`
              : section.title,
        }))}
      />
      <ExchangeSection
        id="export"
        title="Export annotations"
        description="Choose what to export and the format. The file name says what it holds and when it was made."
      >
        <ExportPanel
          key={`${articleId ?? 'all'}/${annotatorId ?? 'everyone'}`}
          articleId={articleId}
          annotatorId={annotatorId}
        />
      </ExchangeSection>
      <ExchangeSection
        id="import"
        title="Import annotations"
        description="Merged into your library: the same file twice changes nothing, the order of files does not matter, the later edit of an annotation wins and deletions carry over."
      >
        <ImportPanel />
      </ExchangeSection>
      <ExchangeSection
        id="corpus"
        title="Import articles"
        description="Add articles from files. Confirm the outlet, title and language of each; texts already in the library are reported and skipped."
      >
        <CorpusPanel />
      </ExchangeSection>
      <ExchangeSection
        id="orphans"
        title="Orphaned annotations"
        description="Imported annotations whose words could not be found with confidence in any article. They are never placed on the wrong words: attach each to the right words, or discard it."
      >
        <OrphansPanel />
      </ExchangeSection>
    </div>
  );
}
