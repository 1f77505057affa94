import {
  OFFSET_UNIT_NAMES,
  type DoccanoOffsetUnits,
  type DoccanoUnitsReport,
} from '../../../domain/exchange/doccano-units';

const OPTIONS: { units: DoccanoOffsetUnits; hint: string }[] = [
  { units: 'utf16', hint: 'doccano’s own exports, JavaScript tools' },
  { units: 'code-points', hint: 'Python tools: spaCy, doccano’s Python side' },
];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function verdict(report: DoccanoUnitsReport): string {
  const { evidence, used, declared } = report;
  const name = OFFSET_UNIT_NAMES[used];
  if (evidence.kind === 'same') {
    return 'No span comes after an emoji or other character outside the Basic Multilingual Plane, so both units give the same offsets: nothing to choose.';
  }
  const other: DoccanoOffsetUnits = used === 'utf16' ? 'code-points' : 'utf16';
  const split = (units: DoccanoOffsetUnits) => {
    const n = evidence.misfits[units];
    return n === 0 ? 'none splits' : `${n.toLocaleString('en')} split`;
  };
  const fit = `Of the ${plural(evidence.differing, 'span')} after an emoji or other character outside the Basic Multilingual Plane, ${split('utf16')} a word or a character when read as ${OFFSET_UNIT_NAMES.utf16}, and ${split('code-points')} one when read as ${OFFSET_UNIT_NAMES['code-points']}.`;
  if (report.source === 'chosen') return `You chose ${name}. ${fit}`;
  if (report.needsChoice) {
    const why =
      evidence.kind === 'detected'
        ? `The file says its offsets count ${OFFSET_UNIT_NAMES[declared ?? other]}, but its spans fit only ${OFFSET_UNIT_NAMES[evidence.units]}.`
        : `The spans do not tell which unit the file counts in. ${fit}`;
    return `${why} Choose the unit: FrameLens will not guess, and nothing can be imported until you do.`;
  }
  if (report.source === 'declared') {
    return `The file says its offsets count ${name}, and its spans fit it. ${fit}`;
  }
  return `Detected: ${name}. ${fit}`;
}

interface OffsetUnitsChoiceProps {
  report: DoccanoUnitsReport;
  onChoose: (units: DoccanoOffsetUnits) => void;
  disabled: boolean;
}

/** How a doccano file's offsets are counted: shown, switchable, and asked when unclear. */
export function OffsetUnitsChoice({ report, onChoose, disabled }: OffsetUnitsChoiceProps) {
  const { evidence, needsChoice } = report;
  const tone = needsChoice ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-slate-50';
  return (
    <fieldset
      className={`rounded-md border p-3 text-sm ${tone}`}
      disabled={disabled}
      data-testid="offset-units"
    >
      <legend className="px-1 font-semibold text-slate-900">Offsets count</legend>
      <p data-testid="offset-units-verdict" role={needsChoice ? 'alert' : undefined}>
        {verdict(report)}
      </p>
      {evidence.kind !== 'same' && (
        <>
          <p className="mt-1 text-slate-600" data-testid="offset-units-sample">
            For example, line {evidence.sample.line}, {evidence.sample.start}–{evidence.sample.end}{' '}
            reads <q>{evidence.sample.utf16}</q> in {OFFSET_UNIT_NAMES.utf16} and{' '}
            <q>{evidence.sample.codePoints || '(past the end)'}</q> in{' '}
            {OFFSET_UNIT_NAMES['code-points']}.
          </p>
          <div
            role="radiogroup"
            aria-label="Unit of the file’s offsets"
            className="mt-2 flex flex-wrap gap-x-6 gap-y-1"
          >
            {OPTIONS.map(({ units, hint }) => (
              <label key={units} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="doccano-offset-units"
                  checked={!needsChoice && report.used === units}
                  onChange={() => onChoose(units)}
                />
                {OFFSET_UNIT_NAMES[units]} <span className="text-slate-500">({hint})</span>
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
