import type { ReactNode } from 'react';
import type { FramingSummary } from '../../../domain/summary';
import * as t from './table-styles';

interface TargetOutletTableProps {
  summary: Pick<FramingSummary, 'targets' | 'outlets'>;
  caption: string;
  /** Class of the outlet column headers (numbers are right-aligned, text is not). */
  outletHeaderClass: string;
  rowHeaderClass?: string;
  /** The <td> for one target (row) and outlet (column). */
  renderCell: (targetId: string | null, outletId: string) => ReactNode;
}

/** The targets × outlets grid shared by the naming and valence tables. */
export function TargetOutletTable({
  summary,
  caption,
  outletHeaderClass,
  rowHeaderClass = t.rowHeader,
  renderCell,
}: TargetOutletTableProps) {
  return (
    <table className={t.table}>
      <caption className={t.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={t.th}>
            Target
          </th>
          {summary.outlets.map((outlet) => (
            <th key={outlet.outletId} scope="col" className={outletHeaderClass}>
              {outlet.outletName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.targets.map((target) => (
          <tr key={target.targetId ?? ''}>
            <th scope="row" className={rowHeaderClass}>
              {target.targetName}
            </th>
            {summary.outlets.map((outlet) => renderCell(target.targetId, outlet.outletId))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
