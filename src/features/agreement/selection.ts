import type { AgreementCatalog } from '../../workers/agreement/agreement-protocol';

/** Agreement needs two people who coded the same article: whether this library has them. */
export function canCompare(catalog: AgreementCatalog): boolean {
  const people = catalog.annotators.filter((annotator) => !annotator.gold);
  return people.length >= 2 && catalog.articles.some((article) => article.coders >= 2);
}
