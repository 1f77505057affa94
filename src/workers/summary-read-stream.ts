import { SummaryBuilder, type SummaryData, type SummaryFilter } from '../domain/summary';
import type {
  SummaryCorpusSource,
  SummaryReadOptions,
  SummarySource,
} from '../db/repositories/summary-repository';
import type { Annotation } from '../domain/types';
import { buildCatalog, CatalogBuilder } from './summary-catalog';
import type { SummaryCatalog } from './summary-protocol';

function attempt<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/**
 * The work done on a read's parts as they arrive (see `SummaryReadOptions`), so that it overlaps
 * the reading: the catalog, and the data for the filter of the request that started the read.
 * Whatever fails here (a bad filter, odd records) is dropped and redone from the whole source
 * once it is read, where errors surface as they always did.
 */
export class ReadStream {
  private catalog: CatalogBuilder | null = null;
  private builder: SummaryBuilder | null = null;
  private started = false;
  private added = 0;

  constructor(private readonly filter?: SummaryFilter) {}

  readonly hooks: Pick<SummaryReadOptions, 'onCorpus' | 'onAnnotations'> = {
    onCorpus: (corpus: SummaryCorpusSource) => {
      this.started = true;
      this.catalog = attempt(() => new CatalogBuilder(corpus));
      const { filter } = this;
      if (filter) this.builder = attempt(() => new SummaryBuilder(corpus, filter));
    },
    onAnnotations: (annotations: Annotation[]) => {
      if (!this.started) return;
      this.added += annotations.length;
      const { catalog, builder } = this;
      if (catalog && attempt(() => catalog.add(annotations)) === null) this.catalog = null;
      if (builder && attempt(() => builder.add(annotations)) === null) this.builder = null;
    },
  };

  /** Whether every annotation of the source went through the hooks, in order. */
  private complete(source: SummarySource): boolean {
    return this.started && this.added === source.annotations.length;
  }

  catalogOf(source: SummarySource): SummaryCatalog {
    if (this.catalog && this.complete(source)) return this.catalog.finish(this.added);
    return buildCatalog(source);
  }

  /** The data for the read's filter, or null when it has to be computed afresh. */
  dataOf(source: SummarySource): SummaryData | null {
    return this.builder && this.complete(source) ? this.builder.finish(source) : null;
  }
}
