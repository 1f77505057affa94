import { Link } from 'wouter';
import type { AgreementCatalog } from '../../workers/agreement/agreement-protocol';

export function AgreementEmptyState({ catalog }: { catalog: AgreementCatalog }) {
  const people = catalog.annotators.filter((annotator) => !annotator.gold).length;
  return (
    <div className="flex max-w-2xl flex-col gap-2 rounded-md border border-slate-200 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold">Nothing to compare yet</h2>
      <p>
        Agreement compares two or more people who annotated the same article.{' '}
        {people < 2
          ? `This library has annotations by ${people === 0 ? 'nobody' : 'one person'} yet.`
          : 'No article has been coded by two of them yet.'}
      </p>
      <ul className="list-disc pl-5">
        <li>
          Import your classmates&apos; or colleagues&apos; FrameLens files on{' '}
          <Link href="/exchange" className="text-blue-700 underline">
            Import &amp; export
          </Link>
          .
        </li>
        <li>
          Teachers: open the students&apos; hand-ins on the{' '}
          <Link href="/classroom" className="text-blue-700 underline">
            Classroom
          </Link>{' '}
          page.
        </li>
      </ul>
    </div>
  );
}
