import { Link } from 'wouter';
import { useCuration } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { agreementPath } from '../../../ui/paths';
import { CurationWorkspace } from './curation-workspace';

/** #/agreement/curate/ID: adjudicate the chosen annotators' spans into one gold set. */
export function CurationView({ curationId }: { curationId: string }) {
  const curation = useCuration(curationId);
  if (curation.isPending) return <p role="status">Reading the curation…</p>;
  if (curation.isError)
    return <ErrorLine>Could not read this curation: {curation.error.message}</ErrorLine>;
  if (!curation.data) {
    return (
      <div role="alert" className="rounded-md border border-slate-200 bg-white p-6">
        <h1 className="text-xl font-semibold">Curation not found</h1>
        <p className="mt-2 text-sm">
          It is not in this library.{' '}
          <Link href={agreementPath()} className="text-blue-700 underline">
            Back to Agreement
          </Link>
        </p>
      </div>
    );
  }
  return <CurationWorkspace key={curationId} curation={curation.data} />;
}
