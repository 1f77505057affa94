import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { ConcordanceLine, FramingSummary, SummaryFilter } from '../../../domain/summary';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { inputClass } from '../../../ui/field';
import { useOutletMask } from '../../../db/queries/classroom-queries';
import { useConcordance } from '../api/concordance-query';
import { maskOutletNames } from '../api/mask-outlets';
import type { LabelSwatch } from '../charts/chart-colors';
import { formatCount, formatValence, plural, VOICE_NAMES } from '../format';
import { CountedRule, TermRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import { Swatch } from './swatch';
import * as t from './table-styles';
import { ErrorLine } from '../../../ui/alert';
import { SearchField } from '../../../ui/search-field';

const SHOWN_LINES = 200;

const annotationHref = (line: Pick<ConcordanceLine, 'articleId' | 'annotationId'>) =>
  `/articles/${encodeURIComponent(line.articleId)}/annotations/${encodeURIComponent(line.annotationId)}`;

const columns: CsvColumn<ConcordanceLine>[] = [
  { header: 'Outlet', value: (line) => line.outletName },
  { header: 'Left context', value: (line) => `${line.leftTruncated ? '…' : ''}${line.left}` },
  { header: 'Keyword', value: (line) => line.keyword },
  { header: 'Right context', value: (line) => `${line.right}${line.rightTruncated ? '…' : ''}` },
  { header: 'Term', value: (line) => line.term },
  { header: 'Voice', value: (line) => line.voice },
  { header: 'Label', value: (line) => line.labelName },
  { header: 'Target', value: (line) => line.targetName },
  { header: 'Valence', value: (line) => line.valence },
  { header: 'Article id', value: (line) => line.articleId },
  { header: 'Annotation id', value: (line) => line.annotationId },
  {
    header: 'Link',
    value: (line) => new URL(`#${annotationHref(line)}`, window.location.href).href,
  },
];

interface ConcordanceBlockProps {
  summary: FramingSummary;
  filter: SummaryFilter;
  term: string | null;
  onTermChange: (term: string) => void;
  swatches: readonly LabelSwatch[];
}

export function ConcordanceBlock({
  summary,
  filter,
  term,
  onTermChange,
  swatches,
}: ConcordanceBlockProps) {
  const terms = summary.heatmap.terms;
  const current = term ?? terms[0]?.term ?? null;
  const lines = useConcordance(filter, current);
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const selectId = useId();
  const colors = useMemo(
    () => new Map(swatches.map((swatch) => [swatch.labelId, swatch.color])),
    [swatches],
  );
  const options = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    const matching = needle
      ? terms.filter((option) => option.term.toLocaleLowerCase().includes(needle))
      : terms;
    // The chosen term stays selectable even when the search or the filters leave it out.
    return current && !matching.some((option) => option.term === current)
      ? [
          { term: current, total: terms.find((option) => option.term === current)?.total ?? 0 },
          ...matching,
        ]
      : matching;
  }, [terms, search, current]);
  const mask = useOutletMask();
  const data = useMemo(() => maskOutletNames(lines.data ?? [], mask), [lines.data, mask]);
  const shown = showAll ? data : data.slice(0, SHOWN_LINES);

  return (
    <SummaryBlock
      id="concordance"
      title="Concordance"
      description="Every use of a term with the words around it. Open a line to see the annotation in its article."
      how={
        <>
          <CountedRule />
          <TermRule />
          <p>
            <strong>Lines.</strong> Every counted annotation whose term is the chosen one, with up
            to 60 characters of text either side (cut at a space; … marks a cut). Lines are sorted
            by outlet, then article (by publication date), then position in the text. Two annotators
            marking the same words give two lines when every annotator counts, one otherwise.
          </p>
        </>
      }
      tools={
        current && <ExportMenu what={`concordance ${current}`} csv={() => csvBlob(columns, data)} />
      }
    >
      {terms.length === 0 && !current ? (
        <p className="text-sm text-slate-600">No annotation matches the filters.</p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end gap-3 print:hidden">
            <SearchField
              label="Find a term"
              value={search}
              onChange={setSearch}
              placeholder="e.g. terror"
              inputClassName={`${inputClass} w-48 py-1`}
            />
            <div className="flex flex-col gap-1">
              <label htmlFor={selectId} className="text-sm font-medium">
                Term
              </label>
              <select
                id={selectId}
                value={current ?? ''}
                onChange={(event) => onTermChange(event.target.value)}
                className={`${inputClass} w-auto min-w-56 py-1`}
              >
                {options.map((option) => (
                  <option key={option.term} value={option.term}>
                    {option.term} ({formatCount(option.total)})
                  </option>
                ))}
              </select>
            </div>
            <p role="status" className="pb-1.5 text-sm text-slate-600">
              {lines.isPending
                ? 'Finding the lines…'
                : `${plural(data.length, 'line')} for “${current}”${lines.isFetching ? ' (updating…)' : ''}`}
            </p>
          </div>
          {lines.isError && (
            <ErrorLine small>Could not build the concordance: {lines.error.message}</ErrorLine>
          )}
          {data.length > 0 && (
            <ScrollRegion label="Concordance lines">
              <table className={`${t.table} ${lines.isPlaceholderData ? 'opacity-60' : ''}`}>
                <caption className={t.caption}>
                  Uses of “{current}” with their context. The highlighted words open the annotation
                  in the reader.
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={t.th}>
                      Outlet
                    </th>
                    <th scope="col" className={t.thNumber}>
                      Before
                    </th>
                    <th scope="col" className={t.thCenter}>
                      Term
                    </th>
                    <th scope="col" className={t.th}>
                      After
                    </th>
                    <th scope="col" className={`${t.th} min-w-44`}>
                      Voice · label · target
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((line) => (
                    <tr key={line.annotationId}>
                      <th scope="row" className={`${t.rowHeader} whitespace-nowrap text-xs`}>
                        {line.outletName}
                      </th>
                      <td className={`${t.td} text-right text-slate-700`} dir="auto">
                        {line.leftTruncated && '…'}
                        {line.left}
                      </td>
                      <td className={`${t.td} text-center whitespace-nowrap`}>
                        <Link
                          href={annotationHref(line)}
                          className="rounded bg-amber-100 px-1 font-semibold text-slate-900 underline decoration-amber-600 underline-offset-2 hover:bg-amber-200"
                        >
                          {line.keyword}
                          <span className="sr-only"> — open in the {line.outletName} article</span>
                        </Link>
                      </td>
                      <td className={`${t.td} text-slate-700`} dir="auto">
                        {line.right}
                        {line.rightTruncated && '…'}
                      </td>
                      <td className={`${t.td} text-xs text-slate-600`}>
                        <span className="block">
                          {VOICE_NAMES[line.voice]} · valence {formatValence(line.valence)}
                        </span>
                        <span className="block whitespace-nowrap">
                          <Swatch color={colors.get(line.labelId)} />
                          {line.labelName}
                        </span>
                        <span className="block">{line.targetName}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {data.length > SHOWN_LINES && (
            <button
              type="button"
              className="mt-2 text-sm text-blue-700 underline print:hidden"
              onClick={() => setShowAll(!showAll)}
            >
              {showAll
                ? `Show the first ${SHOWN_LINES} lines only`
                : `Show all ${formatCount(data.length)} lines`}
            </button>
          )}
        </>
      )}
    </SummaryBlock>
  );
}
