import type { AgreementInput } from './agreement-types';
import type { CurationGroup } from './curation-types';

/** Every group of overlapping spans of the chosen annotators on the chosen articles, in order. */
export function curationGroups(
  input: AgreementInput,
  annotatorIds: readonly string[],
  articleIds: readonly string[],
): CurationGroup[] {
  void input;
  void annotatorIds;
  void articleIds;
  throw new Error('curationGroups: not built yet');
}
