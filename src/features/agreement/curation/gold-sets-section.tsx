import { useMutation } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { createCuration, nowIso, useCurations } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { NameDialog } from '../../../ui/name-dialog';
import { curationPath } from '../../../ui/paths';
import { useNameGate } from '../../../ui/use-name-gate';

const CURATOR_TEXTS = {
  title: 'Who curates this gold set?',
  explanation:
    'The gold set is named after its curator ("Gold — curated by NAME"). Your name stays in this browser unless you export a file.',
  emptyMessage: 'Type your name (or initials): the gold set is named after you.',
  submitLabel: 'Continue',
};

interface GoldSetsSectionProps {
  /** The annotators and articles chosen on the Agreement page: what a new curation curates. */
  annotatorIds: readonly string[];
  articleIds: readonly string[];
}

function whyNot(annotators: number, articles: number): string | null {
  if (annotators < 2) return 'Choose at least two annotators above to curate their spans.';
  if (articles < 1) return 'Choose at least one article above to curate.';
  return null;
}

/** The Agreement page's "Gold sets": start curating the chosen spans, or continue a curation. */
export function GoldSetsSection({ annotatorIds, articleIds }: GoldSetsSectionProps) {
  const [, navigate] = useLocation();
  const curations = useCurations();
  const gate = useNameGate();
  const create = useMutation({
    mutationFn: (curatorName: string) =>
      createCuration({
        curatorName,
        annotatorIds: [...annotatorIds],
        articleIds: [...articleIds],
        now: nowIso(),
      }),
    onSuccess: (curation) => navigate(curationPath(curation.id)),
  });
  const reason = whyNot(annotatorIds.length, articleIds.length);
  return (
    <section aria-labelledby="gold-sets-title" className="flex flex-col gap-3">
      <h2 id="gold-sets-title" className="text-lg font-semibold">
        Gold sets
      </h2>
      <p className="text-sm text-slate-600">
        Walk through every group of overlapping spans of the chosen annotators (
        {annotatorIds.length}) on the chosen articles ({articleIds.length}) and accept, edit or
        reject each: the result is a new annotator, usable as an answer key and exported like any
        other.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="primary"
          disabled={reason !== null || create.isPending}
          aria-describedby={reason ? 'gold-sets-why-not' : undefined}
          onClick={() => gate.withName((me) => create.mutate(me.name))}
        >
          Curate a gold set
        </Button>
        {reason && (
          <span id="gold-sets-why-not" className="text-sm text-slate-600">
            {reason}
          </span>
        )}
      </div>
      {create.error && <ErrorLine>Could not start the curation: {create.error.message}</ErrorLine>}
      <CurationList curations={curations} />
      <NameDialog {...gate.dialog} texts={CURATOR_TEXTS} />
    </section>
  );
}

function CurationList({ curations }: { curations: ReturnType<typeof useCurations> }) {
  if (curations.isError)
    return <ErrorLine>Could not read the gold sets: {curations.error.message}</ErrorLine>;
  const list = curations.data ?? [];
  if (list.length === 0) return <p className="text-sm text-slate-600">No gold set yet.</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {list.map((curation) => (
        <li key={curation.id}>
          <Link href={curationPath(curation.id)} className="text-blue-700 underline" dir="auto">
            {curation.goldAnnotatorName}
          </Link>{' '}
          <span className="text-slate-600">
            — {curation.decisions} {curation.decisions === 1 ? 'group' : 'groups'} decided, from{' '}
            {curation.annotatorIds.length} annotators on {curation.articleIds.length}{' '}
            {curation.articleIds.length === 1 ? 'article' : 'articles'}
          </span>
        </li>
      ))}
    </ul>
  );
}
