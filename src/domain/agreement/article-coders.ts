import { compareText } from '../summary/collate';
import type { AgreementInput } from './agreement-types';
import { codedKey } from './coded-articles';
import { isGoldAnnotatorName } from './gold-names';

type Annotator = AgreementInput['annotators'][number];

/**
 * The annotators of `annotatorIds` who coded the article, or when it is null every coder of
 * it except the gold sets; by name (then id, so equal names keep one order).
 */
export function articleCoders(
  annotators: readonly Annotator[],
  coded: ReadonlySet<string>,
  articleId: string,
  annotatorIds: readonly string[] | null,
): { id: string; name: string }[] {
  const chosen = annotatorIds === null ? null : new Set(annotatorIds);
  return annotators
    .filter((annotator) =>
      chosen === null ? !isGoldAnnotatorName(annotator.name) : chosen.has(annotator.id),
    )
    .filter((annotator) => coded.has(codedKey(annotator.id, articleId)))
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}
