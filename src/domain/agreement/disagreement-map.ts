import type { AgreementInput } from './agreement-types';
import type { DisagreementMap } from './disagreement-types';

/** The disagreement map of one article; annotatorIds null = everyone who coded it. */
export function disagreementMap(
  input: AgreementInput,
  articleId: string,
  annotatorIds: readonly string[] | null,
): DisagreementMap {
  void input;
  void articleId;
  void annotatorIds;
  throw new Error('disagreementMap: not built yet');
}
