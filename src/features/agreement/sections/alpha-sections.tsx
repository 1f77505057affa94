import { Link } from 'wouter';
import type { AgreementReport } from '../../../domain/agreement/agreement-types';
import { rememberMapAnnotators } from '../../../ui/map-annotators';
import { disagreementPath } from '../../../ui/paths';
import { alphaSentence, formatCount, plural } from '../agreement-format';
import type { ReportNames } from '../report-names';
import { AlphaRule, ArticleAlphaRule, LabelAlphaRule, UnitsRule } from './how-computed';
import { AgreementSection, MeasureCell, TableScroll } from './section-parts';
import { rowHeader, table, th, thNumber, tdNumber } from './table-styles';

interface SectionProps {
  report: AgreementReport;
  names: ReportNames;
}

export function OverallSection({ report }: { report: AgreementReport }) {
  const { alpha } = report;
  return (
    <AgreementSection
      id="agreement-overall"
      title="Overall"
      howComputed={
        <>
          <UnitsRule />
          <AlphaRule />
        </>
      }
    >
      <p className="text-sm text-slate-600">Krippendorff&apos;s α (nominal, word level)</p>
      <div className="text-2xl font-semibold tabular-nums" data-testid="agreement-alpha">
        {alphaSentence(alpha)}
      </div>
      <p className="text-sm text-slate-700">
        n = {plural(alpha.n, 'value')} in {plural(alpha.units, 'unit')} ·{' '}
        {plural(report.codedPairs, 'annotator × article pair')} coded ·{' '}
        {plural(report.tokens, 'word token')}
      </p>
    </AgreementSection>
  );
}

export function ByLabelSection({ report, names }: SectionProps) {
  return (
    <AgreementSection id="agreement-by-label" title="By label" howComputed={<LabelAlphaRule />}>
      <TableScroll label="α by label">
        <table className={table}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Label
              </th>
              <th scope="col" className={thNumber}>
                α
              </th>
              <th scope="col" className={thNumber}>
                n
              </th>
            </tr>
          </thead>
          <tbody>
            {report.alphaByLabel.map(({ labelId, alpha }) => (
              <tr key={labelId}>
                <th scope="row" className={rowHeader}>
                  {names.label(labelId)}
                </th>
                <MeasureCell value={alpha.value} reason={alpha.reason} />
                <td className={tdNumber}>{formatCount(alpha.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </AgreementSection>
  );
}

export function ByArticleSection({ report, names }: SectionProps) {
  const annotatorIds = report.annotators.map((annotator) => annotator.id);
  return (
    <AgreementSection
      id="agreement-by-article"
      title="By article"
      howComputed={<ArticleAlphaRule />}
    >
      <TableScroll label="α by article">
        <table className={table}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Article
              </th>
              <th scope="col" className={thNumber}>
                Annotators
              </th>
              <th scope="col" className={thNumber}>
                α
              </th>
              <th scope="col" className={thNumber}>
                n
              </th>
            </tr>
          </thead>
          <tbody>
            {report.alphaByArticle.map(({ articleId, coders, alpha }) => (
              <tr key={articleId}>
                <th scope="row" className={rowHeader}>
                  <Link
                    href={disagreementPath(articleId)}
                    onClick={() => rememberMapAnnotators(annotatorIds)}
                    className="text-blue-700 underline"
                    dir="auto"
                  >
                    {names.article(articleId)}
                  </Link>{' '}
                  <span className="text-xs font-normal text-slate-500">
                    {names.outlet(articleId)}
                  </span>
                </th>
                <td className={tdNumber}>{formatCount(coders)}</td>
                <MeasureCell value={alpha.value} reason={alpha.reason} />
                <td className={tdNumber}>{formatCount(alpha.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="text-xs text-slate-500">
        An article&apos;s title opens it with the disagreement map of these annotators.
      </p>
    </AgreementSection>
  );
}
