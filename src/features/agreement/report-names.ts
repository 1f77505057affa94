import {
  outletDisplayName,
  titleForDisplay,
  type OutletMask,
} from '../../domain/classroom/outlet-mask';
import type { AgreementCatalog } from '../../workers/agreement/agreement-protocol';

/** What the page shows for an id: names as stored, titles and outlets through the outlet mask. */
export interface ReportNames {
  annotator: (id: string) => string;
  label: (id: string) => string;
  article: (id: string) => string;
  outlet: (articleId: string) => string;
}

/** A catalog article's title and outlet name as this library may show them. */
export function maskedArticle(
  article: AgreementCatalog['articles'][number],
  mask: OutletMask,
): { title: string; outlet: string } {
  return {
    title: titleForDisplay(mask, article, article.outletName),
    outlet: outletDisplayName(mask, article.outletId, article.outletName),
  };
}

export function reportNames(catalog: AgreementCatalog, mask: OutletMask): ReportNames {
  const annotators = new Map(catalog.annotators.map((annotator) => [annotator.id, annotator.name]));
  const labels = new Map(catalog.labels.map((label) => [label.id, label.name]));
  const articles = new Map(
    catalog.articles.map((article) => [article.id, maskedArticle(article, mask)]),
  );
  return {
    annotator: (id) => annotators.get(id) ?? id,
    label: (id) => labels.get(id) ?? id,
    article: (id) => articles.get(id)?.title ?? id,
    outlet: (id) => articles.get(id)?.outlet ?? '',
  };
}
