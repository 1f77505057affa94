import type { AgreementInput, AgreementReport, AgreementSelection } from './agreement-types';

/**
 * Every agreement measure for the selection: α overall, per label and per article, κ and span
 * F1 for every pair, and attribute agreement on matched spans.
 */
export function computeAgreement(
  input: AgreementInput,
  selection: AgreementSelection,
): AgreementReport {
  void input;
  void selection;
  throw new Error('computeAgreement: not built yet');
}
