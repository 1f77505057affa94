import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Label, LexiconEntry } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { LabelChip } from '../codebook/label-chip';
import { formatValence } from './valence';

interface LexiconTableProps {
  entries: readonly LexiconEntry[];
  labelsById: ReadonlyMap<string, Label>;
  onEdit: (entry: LexiconEntry) => void;
  onDelete: (entry: LexiconEntry) => void;
  /** Brought into view when it changes (a just-saved entry). */
  scrollToId: string | null;
}

const COLUMNS = ['Pattern', 'Forms', 'Label', 'Valence', 'Canonical', 'Note'];

/** Only the rows in view are rendered: imported lexicons can hold thousands of entries. */
export function LexiconTable({
  entries,
  labelsById,
  onEdit,
  onDelete,
  scrollToId,
}: LexiconTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so its memoisation caveat does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 60,
    overscan: 10,
    getItemKey: (index) => entries[index]?.id ?? index,
  });

  useEffect(() => {
    if (!scrollToId) return;
    const index = entries.findIndex((entry) => entry.id === scrollToId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [scrollToId, entries, virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const paddingTop = rows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label="Lexicon entries"
      tabIndex={0}
      className="max-h-[36rem] overflow-auto rounded-md border border-slate-200 bg-white"
    >
      <table className="w-full table-fixed border-collapse text-sm">
        <colgroup>
          <col className="w-[12%]" />
          <col className="w-[19%]" />
          <col className="w-[18%]" />
          <col className="w-[7.5rem]" />
          <col className="w-[12%]" />
          <col />
          <col className="w-[7.5rem]" />
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="border-b border-slate-200 px-3 py-2">
                {column}
              </th>
            ))}
            <th scope="col" className="border-b border-slate-200 px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 && (
            <tr>
              <td colSpan={7} className="px-3 py-6 text-center text-slate-500">
                No entries to show.
              </td>
            </tr>
          )}
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={7} style={{ height: paddingTop }} />
            </tr>
          )}
          {rows.map((row) => {
            const entry = entries[row.index];
            if (!entry) return null;
            const label = labelsById.get(entry.labelId);
            return (
              <tr
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                className="border-b border-slate-100 align-top hover:bg-slate-50"
              >
                <td className="px-3 py-2 font-medium break-words text-slate-900">
                  {entry.pattern}
                </td>
                <td className="px-3 py-2 text-slate-600">
                  <span className="line-clamp-2 break-words">{entry.forms.join(', ')}</span>
                </td>
                <td className="px-3 py-2">
                  {label ? (
                    <LabelChip label={label} />
                  ) : (
                    <span className="text-red-700">Unknown label {entry.labelId}</span>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  {formatValence(entry.valence)}
                </td>
                <td className="px-3 py-2 break-words">{entry.canonical}</td>
                <td className="px-3 py-2 text-slate-600">
                  <span className="line-clamp-2">{entry.note}</span>
                </td>
                <td className="px-1 py-1 text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    className="px-1.5"
                    onClick={() => onEdit(entry)}
                    aria-label={`Edit “${entry.pattern}”`}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    className="px-1.5 text-red-700 hover:bg-red-50"
                    onClick={() => onDelete(entry)}
                    aria-label={`Delete “${entry.pattern}”`}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={7} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
