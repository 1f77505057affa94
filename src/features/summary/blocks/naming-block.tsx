import { useMemo, useState } from 'react';
import {
  namingTableRows,
  type FramingSummary,
  type NamingCell,
  type NamingRow,
} from '../../../domain/summary';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { formatCount, formatTermUsage } from '../format';
import { CountedRule, TermRule, VoiceRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import * as t from './table-styles';
import { TargetOutletTable } from './target-outlet-table';

const columns: CsvColumn<NamingRow>[] = [
  { header: 'Target', value: (row) => row.targetName },
  { header: 'Outlet', value: (row) => row.outletName },
  { header: 'Term', value: (row) => row.term },
  { header: 'Own', value: (row) => row.own },
  { header: 'Quoted', value: (row) => row.quoted },
  { header: 'Attributed', value: (row) => row.attributed },
  { header: 'Total', value: (row) => row.total },
];

/** Terms listed per cell until "Show every term": a large corpus has hundreds. */
const TERMS_PER_CELL = 8;

const cellKey = (targetId: string | null, outletId: string) => `${targetId ?? ''}\u0000${outletId}`;

interface NamingBlockProps {
  summary: FramingSummary;
  onShowTerm: (term: string) => void;
}

export function NamingBlock({ summary, onShowTerm }: NamingBlockProps) {
  const [everyTerm, setEveryTerm] = useState(false);
  const longest = summary.naming.reduce((most, cell) => Math.max(most, cell.terms.length), 0);
  const limit = everyTerm ? Infinity : TERMS_PER_CELL;
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
        <ScrollRegion label="Naming table, by target and outlet">
          <TargetOutletTable
            summary={summary}
            caption="Terms per target (rows) and outlet (columns): term, uses in the outlet’s own voice, then quoted and attributed uses."
            outletHeaderClass={t.th}
            rowHeaderClass={`${t.rowHeader} w-32`}
            renderCell={(targetId, outletId) => (
              <td key={outletId} className={`${t.td} px-1.5 text-[13px]`}>
                <NamingTerms
                  cell={cells.get(cellKey(targetId, outletId))}
                  onShowTerm={onShowTerm}
                  limit={limit}
                />
              </td>
            )}
          />
        </ScrollRegion>
      )}
      {longest > TERMS_PER_CELL && (
        <button
          type="button"
          className="mt-2 text-sm text-blue-700 underline print:hidden"
          onClick={() => setEveryTerm(!everyTerm)}
        >
          {everyTerm
            ? `Show the ${TERMS_PER_CELL} most used terms per cell`
            : 'Show every term in every cell'}
        </button>
      )}
    </SummaryBlock>
  );
}

function NamingTerms({
  cell,
  onShowTerm,
  limit,
}: {
  cell: NamingCell | undefined;
  onShowTerm: (term: string) => void;
  limit: number;
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
      {cell.terms.slice(0, limit).map((term) => (
        <li key={term.term} className="flex items-baseline justify-between gap-x-2 leading-snug">
          <button
            type="button"
            dir="auto"
            className="min-h-6 min-w-6 rounded text-left break-words font-medium text-slate-900 underline decoration-slate-400 decoration-dotted underline-offset-2 hover:decoration-blue-700 hover:decoration-solid print:no-underline"
            title={`Show every use of “${term.term}” in the concordance`}
            onClick={() => onShowTerm(term.term)}
          >
            {term.term}
          </button>{' '}
          <span className="ml-auto shrink-0 whitespace-nowrap text-right tabular-nums text-slate-600">
            {formatTermUsage(term)}
          </span>
        </li>
      ))}
      {cell.terms.length > limit && (
        <li className="text-xs text-slate-500">
          and {formatCount(cell.terms.length - limit)} more
        </li>
      )}
    </ul>
  );
}
