import { compareText } from '../domain/summary/collate';
import type { SummaryCorpusSource, SummarySource } from '../db/repositories/summary-repository';
import type { Annotation } from '../domain/types';
import type { SummaryCatalog } from './summary-protocol';

/**
 * Builds the catalog as a read arrives: the corpus part (sorting every article title is the
 * costly bit) as soon as the articles are in, then the annotators known only from annotations,
 * part by part.
 */
export class CatalogBuilder {
  private readonly outlets: SummaryCatalog['outlets'];
  private readonly articles: SummaryCatalog['articles'];
  private readonly annotatorNames: Map<string, string>;
  private readonly labels: SummaryCatalog['labels'];
  private readonly actors: SummaryCatalog['actors'];

  constructor(corpus: SummaryCorpusSource) {
    const articleCounts = new Map<string, number>();
    for (const article of corpus.articles) {
      articleCounts.set(article.outletId, (articleCounts.get(article.outletId) ?? 0) + 1);
    }
    this.outlets = corpus.outlets
      .map((outlet) => ({
        id: outlet.id,
        name: outlet.name,
        articles: articleCounts.get(outlet.id) ?? 0,
      }))
      .sort((a, b) => compareText(a.name, b.name));
    const outletOrder = new Map(this.outlets.map((outlet, i) => [outlet.id, i]));
    this.articles = corpus.articles
      .map(({ id, title, outletId, published }) => ({ id, title, outletId, published }))
      .sort(
        (a, b) =>
          (outletOrder.get(a.outletId) ?? Infinity) - (outletOrder.get(b.outletId) ?? Infinity) ||
          compareText(a.title, b.title),
      );
    this.annotatorNames = new Map(
      corpus.annotators.map((annotator) => [annotator.id, annotator.name]),
    );
    this.labels = corpus.labels.map(({ id, name, color }) => ({ id, name, color }));
    this.actors = corpus.actors.map(({ id, name }) => ({ id, name }));
  }

  /** Annotations imported from someone not in this browser's annotator list still filter. */
  add(annotations: readonly Pick<Annotation, 'annotatorId'>[]): void {
    const names = this.annotatorNames;
    let last = '';
    let haveLast = false;
    for (const { annotatorId } of annotations) {
      // Runs of one annotator's work are the rule: skip the hash lookup while one lasts.
      if (haveLast && annotatorId === last) continue;
      last = annotatorId;
      haveLast = true;
      if (!names.has(annotatorId)) names.set(annotatorId, annotatorId);
    }
  }

  /** `annotations`: how many accepted, non-deleted annotations the corpus holds. */
  finish(annotations: number): SummaryCatalog {
    const annotators = [...this.annotatorNames]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => compareText(a.name, b.name));
    const first = this.articles[0];
    return {
      outlets: this.outlets,
      articles: this.articles,
      annotators,
      labels: this.labels,
      actors: this.actors,
      annotations,
      firstArticle: first ? { id: first.id, title: first.title } : null,
    };
  }
}

export function buildCatalog(source: SummarySource): SummaryCatalog {
  const catalog = new CatalogBuilder(source);
  catalog.add(source.annotations);
  return catalog.finish(source.annotations.length);
}
