import type { CurationVersion } from '../../../domain/agreement/curation-types';
import { signed } from './curation-plan';

export interface Names {
  label: (id: string) => string;
  actor: (id: string | null) => string;
  annotator: (id: string) => string;
}

/** The group's versions: what each says and who voted for it; the picked one is checked. */
export function VersionsTable({
  versions,
  picked,
  onPick,
  names,
}: {
  versions: readonly CurationVersion[];
  picked: number;
  onPick: (index: number) => void;
  names: Names;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Versions</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {['Key', 'Label', 'Target', 'Voice', 'Valence', 'Note', 'Annotators', 'Words'].map(
              (column) => (
                <th key={column} scope="col" className="px-2 py-1">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {versions.map((version, index) => {
            const checked = index === picked;
            const voters = version.voters.map(names.annotator).sort((a, b) => a.localeCompare(b));
            return (
              <tr
                key={index}
                className={`border-b border-slate-200 ${checked ? 'bg-blue-50 outline outline-2 -outline-offset-2 outline-blue-600' : ''}`}
                onClick={() => onPick(index)}
              >
                <th scope="row" className="px-2 py-1 font-medium">
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      name="curation-version"
                      aria-label={`Version ${index + 1}`}
                      checked={checked}
                      onChange={() => onPick(index)}
                    />
                    {index + 1}
                  </label>
                </th>
                <td className="px-2 py-1">{names.label(version.labelId)}</td>
                <td className="px-2 py-1">{names.actor(version.target)}</td>
                <td className="px-2 py-1">{version.voice}</td>
                <td className="px-2 py-1">{signed(version.valence)}</td>
                <td className="px-2 py-1" dir="auto">
                  {version.note}
                </td>
                <td className="px-2 py-1">{voters.join(', ')}</td>
                <td className="px-2 py-1" dir="auto">
                  {version.exact}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
