import type { AgreementInput, AgreementSelection } from './agreement-types';
import { codedKey } from './coded-articles';
import { isGoldAnnotatorName } from './gold-names';
import { compareText } from '../summary/collate';

export interface ResolvedSelection {
  /** By name. */
  annotators: { id: string; name: string }[];
  /** By title. */
  articles: AgreementInput['articles'][number][];
}

/**
 * The chosen annotators and articles in report order. Articles: the chosen ones, or every
 * article at least one annotator coded. Annotators: the chosen ones, or everyone who coded at
 * least one of those articles except curated gold annotators.
 */
export function resolveSelection(
  input: AgreementInput,
  selection: AgreementSelection,
  coded: ReadonlySet<string>,
): ResolvedSelection {
  const codedArticleIds = new Set([...coded].map((key) => key.slice(key.indexOf('\u0000') + 1)));
  const articleIds = new Set(selection.articleIds ?? codedArticleIds);
  const articles = input.articles
    .filter((article) => articleIds.has(article.id))
    .sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id));
  const annotatorIds = selection.annotatorIds ? new Set(selection.annotatorIds) : null;
  const annotators = input.annotators
    .filter((annotator) =>
      annotatorIds
        ? annotatorIds.has(annotator.id)
        : !isGoldAnnotatorName(annotator.name) &&
          articles.some((article) => coded.has(codedKey(annotator.id, article.id))),
    )
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  return { annotators, articles };
}
