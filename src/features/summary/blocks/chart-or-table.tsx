import type { ReactNode } from 'react';
import { SegmentedControl } from '../../../ui/segmented-control';

export type View = 'chart' | 'table';

const views = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
] as const;

export function ViewSwitch({
  what,
  view,
  onChange,
}: {
  what: string;
  view: View;
  onChange: (view: View) => void;
}) {
  return (
    <SegmentedControl
      label={`Show the ${what} as`}
      options={views}
      value={view}
      onChange={onChange}
    />
  );
}

/**
 * Both views stay mounted (the chart keeps its drawing for export while the table shows);
 * printing shows both.
 */
export function ChartOrTable({
  view,
  chart,
  table,
}: {
  view: View;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <>
      <div className={view === 'chart' ? '' : 'hidden print:block'}>{chart}</div>
      <div className={view === 'table' ? '' : 'hidden print:mt-4 print:block'}>{table}</div>
    </>
  );
}
