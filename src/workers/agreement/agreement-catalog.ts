import { codedPairs } from '../../domain/agreement/coded-articles';
import { isGoldAnnotatorName } from '../../domain/agreement/gold-names';
import { compareText } from '../../domain/summary/collate';
import type { AgreementBase } from '../../db/repositories/agreement-repository';
import type { AgreementCatalog } from './agreement-protocol';

/** The base read as the requests use it: who coded what, and each article's annotations. */
export interface PreparedBase {
  base: AgreementBase;
  /** `codedKey(annotatorId, articleId)` of every coded pair. */
  coded: Set<string>;
  annotationsByArticle: Map<string, AgreementBase['annotations']>;
  catalog: AgreementCatalog;
}

function splitCodedKey(key: string): [annotatorId: string, articleId: string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function buildCatalog(base: AgreementBase, coded: Set<string>): AgreementCatalog {
  const pairs = [...coded].map(splitCodedKey);
  const articlesCoded = countBy(pairs, ([annotatorId]) => annotatorId);
  const codersOf = countBy(pairs, ([, articleId]) => articleId);
  const names = new Map(base.annotators.map((annotator) => [annotator.id, annotator.name]));
  const outletNames = new Map(base.outlets.map((outlet) => [outlet.id, outlet.name]));
  const annotators = [...articlesCoded].map(([id, articles]) => {
    const name = names.get(id) ?? id;
    return { id, name, articles, gold: isGoldAnnotatorName(name) };
  });
  const articles = base.articles
    .filter((card) => codersOf.has(card.id))
    .map((card) => ({
      id: card.id,
      title: card.title,
      outletId: card.outletId,
      outletName: outletNames.get(card.outletId) ?? '',
      coders: codersOf.get(card.id) ?? 0,
    }));
  return {
    annotators: annotators.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)),
    articles: articles.sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id)),
    labels: base.labels.map(({ id, name, color }) => ({ id, name, color })),
    actors: base.actors.map(({ id, name }) => ({ id, name })),
  };
}

export function prepareBase(base: AgreementBase): PreparedBase {
  const coded = codedPairs(base);
  const annotationsByArticle = new Map<string, AgreementBase['annotations']>();
  for (const annotation of base.annotations) {
    const list = annotationsByArticle.get(annotation.articleId);
    if (list) list.push(annotation);
    else annotationsByArticle.set(annotation.articleId, [annotation]);
  }
  return { base, coded, annotationsByArticle, catalog: buildCatalog(base, coded) };
}

/** Everyone who coded the article, by name, gold annotators marked. */
export function codersOf(
  articleId: string,
  coded: ReadonlySet<string>,
  annotators: readonly { id: string; name: string }[],
): { id: string; name: string; gold: boolean }[] {
  const names = new Map(annotators.map((annotator) => [annotator.id, annotator.name]));
  const coders: { id: string; name: string; gold: boolean }[] = [];
  for (const key of coded) {
    const [id, codedArticleId] = splitCodedKey(key);
    if (codedArticleId !== articleId) continue;
    const name = names.get(id) ?? id;
    coders.push({ id, name, gold: isGoldAnnotatorName(name) });
  }
  return coders.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}
