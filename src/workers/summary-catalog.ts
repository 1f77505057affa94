import { compareText } from '../domain/summary/collate';
import type { SummaryCorpusSource, SummarySource } from '../db/repositories/summary-repository';
import type { Annotation } from '../domain/types';
import type { SummaryCatalog } from './summary-protocol';

type Listing = Pick<SummaryCorpusSource, 'outlets' | 'articles'>;

interface ListedCorpus {
  outlets: SummaryCatalog['outlets'];
  articles: SummaryCatalog['articles'];
}

function sameListing(a: Listing, b: Listing): boolean {
  if (a.outlets.length !== b.outlets.length || a.articles.length !== b.articles.length) {
    return false;
  }
  const outletsSame = a.outlets.every((outlet, i) => {
    const other = b.outlets[i];
    return other !== undefined && outlet.id === other.id && outlet.name === other.name;
  });
  return (
    outletsSame &&
    a.articles.every((article, i) => {
      const other = b.articles[i];
      return (
        other !== undefined &&
        article.id === other.id &&
        article.title === other.title &&
        article.outletId === other.outletId &&
        article.published === other.published
      );
    })
  );
}

function listCorpus({ outlets, articles }: Listing): ListedCorpus {
  const articleCounts = new Map<string, number>();
  for (const article of articles) {
    articleCounts.set(article.outletId, (articleCounts.get(article.outletId) ?? 0) + 1);
  }
  const listedOutlets = outlets
    .map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      articles: articleCounts.get(outlet.id) ?? 0,
    }))
    .sort((a, b) => compareText(a.name, b.name));
  const outletOrder = new Map(listedOutlets.map((outlet, i) => [outlet.id, i]));
  const listedArticles = articles
    .map(({ id, title, outletId, published }) => ({ id, title, outletId, published }))
    .sort(
      (a, b) =>
        (outletOrder.get(a.outletId) ?? Infinity) - (outletOrder.get(b.outletId) ?? Infinity) ||
        compareText(a.title, b.title),
    );
  return { outlets: listedOutlets, articles: listedArticles };
}

/**
 * The last listing: a read after an annotation edit brings the same articles, and sorting ten
 * thousand titles with the collator is worth skipping. Checked field by field, never assumed.
 */
let lastListing: { listing: Listing; listed: ListedCorpus } | null = null;

function listCorpusOnce(listing: Listing): ListedCorpus {
  const listed =
    lastListing && sameListing(lastListing.listing, listing)
      ? lastListing.listed
      : listCorpus(listing);
  lastListing = { listing: { outlets: listing.outlets, articles: listing.articles }, listed };
  return listed;
}

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
    ({ outlets: this.outlets, articles: this.articles } = listCorpusOnce(corpus));
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
