import type { AgreementReport, F1Result, Measured } from '../../domain/agreement/agreement-types';
import { csvBlob, type CsvColumn } from '../../ui/csv-file';
import { datedFileName, downloadBlob } from '../../ui/download-file';
import type { ReportNames } from './report-names';

/** One number of the report: what it measures, over what, between whom, and what it rests on. */
export interface AgreementCsvRow {
  measure: string;
  scope: string;
  annotatorA: string;
  annotatorB: string;
  value: number | null;
  n: number;
  reason: string | null;
}

export const AGREEMENT_CSV_COLUMNS: readonly CsvColumn<AgreementCsvRow>[] = [
  { header: 'measure', value: (row) => row.measure },
  { header: 'scope', value: (row) => row.scope },
  { header: 'annotator_a', value: (row) => row.annotatorA },
  { header: 'annotator_b', value: (row) => row.annotatorB },
  { header: 'value', value: (row) => row.value },
  { header: 'n', value: (row) => row.n },
  { header: 'reason', value: (row) => row.reason ?? '' },
];

function measuredRow(measure: string, scope: string, result: Measured): AgreementCsvRow {
  const { value, n, reason } = result;
  return { measure, scope, annotatorA: '', annotatorB: '', value, n, reason };
}

/** P rests on B's spans, R on A's, F1 on both sides' spans. */
function spanRows(kind: string, scope: string, result: F1Result): AgreementCsvRow[] {
  const { a, b, reason } = result;
  return [
    { measure: `precision_${kind}`, value: result.precision, n: b },
    { measure: `recall_${kind}`, value: result.recall, n: a },
    { measure: `f1_${kind}`, value: result.f1, n: a + b },
  ].map((row) => ({
    ...row,
    scope,
    annotatorA: '',
    annotatorB: '',
    reason: row.value === null ? reason : null,
  }));
}

function pairRows(report: AgreementReport, names: ReportNames): AgreementCsvRow[] {
  return report.pairs.flatMap((pair) => {
    const rows = [
      measuredRow('kappa', 'overall', pair.kappa),
      ...spanRows('exact', 'overall', pair.exact),
      ...spanRows('overlap', 'overall', pair.overlap),
      ...pair.byLabel.flatMap((entry) => [
        ...spanRows('exact', names.label(entry.labelId), entry.exact),
        ...spanRows('overlap', names.label(entry.labelId), entry.overlap),
      ]),
    ];
    const annotatorA = names.annotator(pair.a);
    const annotatorB = names.annotator(pair.b);
    return rows.map((row) => ({ ...row, annotatorA, annotatorB }));
  });
}

function attributeRows(report: AgreementReport): AgreementCsvRow[] {
  const { pairs, target, voice, valence } = report.attributes;
  const share = (part: number) => (pairs > 0 ? part / pairs : null);
  const noPairs = pairs > 0 ? null : 'No spans were matched between annotators.';
  const agreement = (measure: string, part: number) =>
    measuredRow(measure, 'matched pairs', { value: share(part), n: pairs, reason: noPairs });
  return [
    measuredRow('alpha_target', 'matched pairs', target),
    agreement('same_target', target.same),
    measuredRow('alpha_voice', 'matched pairs', voice),
    agreement('same_voice', voice.same),
    measuredRow('alpha_valence_interval', 'matched pairs', valence),
    agreement('valence_within_1', valence.withinOne),
  ];
}

/** Every number of the report, one row each (shares as fractions, not percentages). */
export function agreementCsvRows(report: AgreementReport, names: ReportNames): AgreementCsvRow[] {
  return [
    measuredRow('alpha', 'overall', report.alpha),
    ...report.alphaByLabel.map((entry) =>
      measuredRow('alpha_label', names.label(entry.labelId), entry.alpha),
    ),
    ...report.alphaByArticle.map((entry) =>
      measuredRow('alpha_article', names.article(entry.articleId), entry.alpha),
    ),
    ...pairRows(report, names),
    ...attributeRows(report),
  ];
}

export function downloadAgreementCsv(report: AgreementReport, names: ReportNames): void {
  const blob = csvBlob(AGREEMENT_CSV_COLUMNS, agreementCsvRows(report, names));
  downloadBlob(blob, datedFileName('agreement', 'csv'));
}
