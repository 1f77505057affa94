import type { Label, PersonalLexiconEntry, PersonalTermOrigin } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { LabelChip } from '../codebook/label-chip';
import { formatValence } from './valence';

const ORIGIN_WORDS: Record<PersonalTermOrigin, string> = {
  marked: 'Marked by hand',
  discovered: 'From discovery',
  imported: 'Imported',
  assignment: 'From an assignment',
};

const COLUMNS = ['Term', 'Forms', 'Label', 'Valence', 'How it was added', 'When'];

function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
}

interface YourTermsTableProps {
  entries: readonly PersonalLexiconEntry[];
  labelsById: ReadonlyMap<string, Label>;
  onRemove: (entry: PersonalLexiconEntry) => void;
}

export function YourTermsTable({ entries, labelsById, onRemove }: YourTermsTableProps) {
  return (
    <div className="overflow-auto rounded-md border border-slate-200 bg-white">
      <table className="w-full border-collapse text-sm" aria-label="Your terms">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
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
          {entries.map((entry) => {
            const label = labelsById.get(entry.labelId);
            return (
              <tr key={entry.id} className="border-b border-slate-100 align-top">
                <td dir="auto" className="px-3 py-2 font-medium break-words text-slate-900">
                  {entry.canonical}
                </td>
                <td dir="auto" className="px-3 py-2 break-words text-slate-600">
                  {entry.forms.join(', ')}
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
                <td className="px-3 py-2">{ORIGIN_WORDS[entry.origin]}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={entry.addedAt}>{formatDay(entry.addedAt)}</time>
                </td>
                <td className="px-1 py-1 text-right">
                  <Button
                    variant="ghost"
                    className="px-1.5 text-red-700 hover:bg-red-50"
                    onClick={() => onRemove(entry)}
                    aria-label={`Remove “${entry.canonical}”`}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
