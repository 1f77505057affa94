import type { AgreementCatalog } from '../../workers/agreement/agreement-protocol';

/** The ids shown as chosen: the person's own choice, else what the report chose by default. */
export function chosenIds(
  choice: readonly string[] | null,
  byDefault: readonly string[],
): readonly string[] {
  return choice ?? byDefault;
}

/** `chosen` with `id` added or removed, in the order of `order`; the last one always stays. */
export function toggledIds(
  chosen: readonly string[],
  id: string,
  order: readonly string[],
): readonly string[] {
  const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
  if (next.length === 0) return chosen;
  return order.filter((other) => next.includes(other));
}

/** Agreement needs two people who coded the same article: whether this library has them. */
export function canCompare(catalog: AgreementCatalog): boolean {
  const people = catalog.annotators.filter((annotator) => !annotator.gold);
  return people.length >= 2 && catalog.articles.some((article) => article.coders >= 2);
}
