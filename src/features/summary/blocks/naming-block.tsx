import { useMemo } from 'react';
import {
  namingTableRows,
  type FramingSummary,
  type NamingCell,
  type NamingRow,
} from '../../../domain/summary';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { formatTermUsage } from '../format';
import { CountedRule, TermRule, VoiceRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import * as t from './table-styles';

const columns: CsvColumn<NamingRow>[] = [
  { header: 'Target', value: (row) => row.targetName },
  { header: 'Outlet', value: (row) => row.outletName },
  { header: 'Term', value: (row) => row.term },
  { header: 'Own', value: (row) => row.own },
  { header: 'Quoted', value: (row) => row.quoted },
  { header: 'Attributed', value: (row) => row.attributed },
  { header: 'Total', value: (row) => row.total },
];

const cellKey = (targetId: string | null, outletId: string) => `${targetId ?? ''}\u0000${outletId}`;

interface NamingBlockProps {
  summary: FramingSummary;
  onShowTerm: (term: string) => void;
}

export function NamingBlock({ summary, onShowTerm }: NamingBlockProps) {
  const cells = useMemo(
    () => new Map(summary.naming.map((cell) => [cellKey(cell.targetId, cell.outletId), cell])),
    [summary.naming],
  );
  return (
    <SummaryBlock
      id="naming"
      title="Naming table"
      description="How each outlet names each actor: the terms used, with the outlet’s own voice apart from quoted and attributed uses. Choose a term to see its uses in context."
      how={
        <>
          <CountedRule />
          <TermRule />
          <VoiceRule />
          <p>
            <strong>Target</strong> is who the word is about, as the annotator set it; “No target”
            collects annotations about no particular actor.
          </p>
        </>
      }
      tools={
        <ExportMenu
          what="naming table"
          csv={() => csvBlob(columns, namingTableRows(summary.naming))}
        />
      }
    >
      {summary.naming.length === 0 ? (
        <p className="text-sm text-slate-600">No annotation matches the filters.</p>
      ) : (
        <ScrollRegion label="Naming table">
          <table className={t.table}>
            <caption className={t.caption}>
              Terms per target (rows) and outlet (columns): term, uses in the outlet’s own voice,
              then quoted and attributed uses.
            </caption>
            <thead>
              <tr>
                <th scope="col" className={t.th}>
                  Target
                </th>
                {summary.outlets.map((outlet) => (
                  <th key={outlet.outletId} scope="col" className={t.th}>
                    {outlet.outletName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.targets.map((target) => (
                <tr key={target.targetId ?? ''}>
                  <th scope="row" className={`${t.rowHeader} min-w-28`}>
                    {target.targetName}
                  </th>
                  {summary.outlets.map((outlet) => (
                    <td key={outlet.outletId} className={`${t.td} min-w-32`}>
                      <NamingTerms
                        cell={cells.get(cellKey(target.targetId, outlet.outletId))}
                        onShowTerm={onShowTerm}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </SummaryBlock>
  );
}

function NamingTerms({
  cell,
  onShowTerm,
}: {
  cell: NamingCell | undefined;
  onShowTerm: (term: string) => void;
}) {
  if (!cell || cell.terms.length === 0) {
    return (
      <span className="text-slate-400">
        —<span className="sr-only">none</span>
      </span>
    );
  }
  return (
    <ul className="flex flex-col gap-0.5">
      {cell.terms.map((term) => (
        <li key={term.term} className="flex items-baseline justify-between gap-2 leading-snug">
          <button
            type="button"
            dir="auto"
            className="rounded text-left font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-blue-700 print:no-underline"
            title={`Show every use of “${term.term}” in the concordance`}
            onClick={() => onShowTerm(term.term)}
          >
            {term.term}
          </button>{' '}
          <span className="text-right tabular-nums text-slate-600">{formatTermUsage(term)}</span>
        </li>
      ))}
    </ul>
  );
}
