import type { AlphaResult, AttributeAgreement } from '../../../domain/agreement/agreement-types';
import { formatCount, formatShare } from '../agreement-format';
import { AttributesRule } from './how-computed';
import { AgreementSection, MeasureCell, TableScroll } from './section-parts';
import { rowHeader, table, th, thNumber, tdNumber } from './table-styles';

interface AttributeRow {
  name: string;
  alpha: AlphaResult;
  /** Matched pairs that agree on it (valence: within ±1). */
  agreeing: number;
}

function AttributeTableRow({ row, pairs }: { row: AttributeRow; pairs: number }) {
  return (
    <tr>
      <th scope="row" className={rowHeader}>
        {row.name}
      </th>
      <MeasureCell value={row.alpha.value} reason={row.alpha.reason} />
      <td
        className={tdNumber}
        title={
          pairs > 0
            ? `${formatCount(row.agreeing)} of ${formatCount(pairs)} matched pairs`
            : 'No spans were matched between annotators.'
        }
      >
        {formatShare(row.agreeing, pairs)}
      </td>
      <td className={tdNumber}>{formatCount(pairs)}</td>
    </tr>
  );
}

export function AttributesSection({ attributes }: { attributes: AttributeAgreement }) {
  const rows: AttributeRow[] = [
    { name: 'Target', alpha: attributes.target, agreeing: attributes.target.same },
    { name: 'Voice', alpha: attributes.voice, agreeing: attributes.voice.same },
    { name: 'Valence', alpha: attributes.valence, agreeing: attributes.valence.withinOne },
  ];
  return (
    <AgreementSection
      id="agreement-attributes"
      title="Target, voice and valence"
      howComputed={<AttributesRule />}
    >
      <TableScroll label="Agreement on target, voice and valence">
        <table className={table}>
          <thead>
            <tr>
              <td className={th} />
              <th scope="col" className={thNumber}>
                α
              </th>
              <th scope="col" className={thNumber}>
                Agreement
              </th>
              <th scope="col" className={thNumber}>
                n
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <AttributeTableRow key={row.name} row={row} pairs={attributes.pairs} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="text-xs text-slate-600">
        n = matched pairs of spans. Valence agreement: valences within ±1 of each other.
      </p>
    </AgreementSection>
  );
}
