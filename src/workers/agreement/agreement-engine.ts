import { codedPairs } from '../../domain/agreement/coded-articles';
import { computeAgreement } from '../../domain/agreement/compute-agreement';
import { curationGroups } from '../../domain/agreement/curation-groups';
import { disagreementMap } from '../../domain/agreement/disagreement-map';
import type { AgreementInput } from '../../domain/agreement/agreement-types';
import type { CurationGroup } from '../../domain/agreement/curation-types';
import type { MapInput } from '../../domain/agreement/disagreement-types';
import { packMap } from '../../domain/agreement/packed-map';
import type { Label } from '../../domain/types';
import type {
  AgreementArticleSource,
  AgreementBase,
} from '../../db/repositories/agreement-repository';
import { codersOf, prepareBase, type PreparedBase } from './agreement-catalog';
import type {
  AgreementProgress,
  AgreementRequest,
  AgreementResult,
  GroupsRequest,
  MapRequest,
  MapResult,
} from './agreement-protocol';
import { ArticleTextCache } from './article-text-cache';
import { unpackMapSpans, type MapSpans } from './map-spans';

/** How the engine reads IndexedDB (the repository, or a fake in tests). */
export interface AgreementReads {
  base(): Promise<AgreementBase>;
  texts(articleIds: readonly string[]): Promise<Map<string, string>>;
  article(
    articleId: string,
    options?: { annotations: boolean },
  ): Promise<AgreementArticleSource | null>;
}

/** The domain's computations (replaceable in tests, to see what they are given). */
export interface AgreementComputations {
  computeAgreement: typeof computeAgreement;
  disagreementMap: typeof disagreementMap;
  curationGroups: typeof curationGroups;
}

const DOMAIN: AgreementComputations = { computeAgreement, disagreementMap, curationGroups };

const READ_STEPS = 2;

const notInLibrary = (articleId: string) =>
  new Error(`The article ${articleId} is not in the library (it may have been deleted).`);

/**
 * The agreement worker's state: the base read (everything but texts), read again only when the
 * data version changes and shared by concurrent requests of one version, and the texts and word
 * tokens of the articles requests needed.
 */
export class AgreementEngine {
  private loading: { version: string; promise: Promise<PreparedBase> } | null = null;
  private loaded: { version: string; prepared: PreparedBase } | null = null;
  private readonly texts = new ArticleTextCache();
  /** The last article read ahead without its annotations, for one coding version. */
  private readAhead: {
    articleId: string;
    codingVersion: string;
    source: Promise<AgreementArticleSource | null>;
  } | null = null;

  constructor(
    private readonly reads: AgreementReads,
    private readonly compute: AgreementComputations = DOMAIN,
  ) {}

  async agreement(
    request: AgreementRequest,
    onProgress?: (progress: AgreementProgress) => void,
  ): Promise<AgreementResult> {
    onProgress?.({ stage: 'reading', done: 0, total: READ_STEPS });
    const prepared = await this.prepared(request.version);
    onProgress?.({ stage: 'reading', done: 1, total: READ_STEPS });
    const articleIds =
      request.selection.articleIds ?? prepared.catalog.articles.map((article) => article.id);
    const input = await this.inputFor(prepared, articleIds);
    onProgress?.({ stage: 'reading', done: READ_STEPS, total: READ_STEPS });
    onProgress?.({ stage: 'computing', done: 0, total: 1 });
    const report = this.compute.computeAgreement(input, request.selection);
    onProgress?.({ stage: 'computing', done: 1, total: 1 });
    return { report, catalog: prepared.catalog };
  }

  async curationGroups(request: GroupsRequest): Promise<CurationGroup[]> {
    const prepared = await this.prepared(request.version);
    const input = await this.inputFor(prepared, request.articleIds);
    return this.compute.curationGroups(input, request.annotatorIds, request.articleIds);
  }

  /**
   * From the base when it is already read for this version; else only this article and who
   * coded it are read, so that opening the map never reads the whole corpus.
   */
  async disagreementMap(request: MapRequest): Promise<MapResult> {
    const { articleId } = request;
    const prepared = this.loaded?.version === request.version ? this.loaded.prepared : null;
    const { input, labels } = prepared
      ? { input: await this.inputFor(prepared, [articleId]), labels: prepared.base.labels }
      : await this.articleInput(articleId, request.spans, request.codingVersion);
    if (!input.articles.some((article) => article.id === articleId)) throw notInLibrary(articleId);
    const tokens = input.tokens?.(articleId);
    const map = this.compute.disagreementMap(input, articleId, request.annotatorIds, tokens);
    return {
      map: packMap(map),
      coders: codersOf(articleId, prepared?.coded ?? codedPairs(input), input.annotators),
      labels: labels.map(({ id, name, color }) => ({ id, name, color })),
    };
  }

  private prepared(version: string): Promise<PreparedBase> {
    if (this.loaded?.version === version) return Promise.resolve(this.loaded.prepared);
    if (this.loading?.version === version) return this.loading.promise;
    const promise = this.reads.base().then(
      (base) => {
        const prepared = prepareBase(base);
        if (this.loading?.promise === promise) {
          this.loaded = { version, prepared };
          this.loading = null;
        }
        return prepared;
      },
      (error: unknown) => {
        if (this.loading?.promise === promise) this.loading = null;
        throw error;
      },
    );
    this.loading = { version, promise };
    return promise;
  }

  /** The input for these articles only: their texts (read when not kept) and annotations. */
  private async inputFor(
    prepared: PreparedBase,
    articleIds: readonly string[],
  ): Promise<AgreementInput> {
    const { base } = prepared;
    const cards = new Map(base.articles.map((card) => [card.id, card]));
    const chosen = [...new Set(articleIds)].flatMap((id) => cards.get(id) ?? []);
    const missing = chosen.filter((card) => this.texts.text(card.id, card.textHash) === undefined);
    if (missing.length > 0) {
      const read = await this.reads.texts(missing.map((card) => card.id));
      for (const card of missing) {
        const text = read.get(card.id);
        if (text !== undefined) this.texts.keep(card.id, card.textHash, text);
      }
    }
    const articles = chosen.flatMap((card) => {
      const text = this.texts.text(card.id, card.textHash);
      return text === undefined
        ? []
        : [{ id: card.id, title: card.title, outletId: card.outletId, text }];
    });
    const ids = new Set(articles.map((article) => article.id));
    const onChosen = (pair: { articleId: string }) => ids.has(pair.articleId);
    return {
      articles,
      annotations: articles.flatMap(
        (article) => prepared.annotationsByArticle.get(article.id) ?? [],
      ),
      annotators: base.annotators,
      labels: base.labels,
      doneMarks: base.doneMarks.filter(onChosen),
      submitted: base.submitted.filter(onChosen),
      tokens: this.tokensOf(articles),
    };
  }

  /**
   * Reads (and keeps) an article's text, its word tokens and who coded it before its map is
   * asked for.
   */
  async prepareArticle(articleId: string, codingVersion: string): Promise<void> {
    const source = await this.sourceWithoutAnnotations(articleId, codingVersion);
    if (!source) return;
    const { article } = source;
    this.texts.keep(article.id, article.textHash, article.text);
    this.texts.tokens(article.id, article.text);
  }

  /** The article without its annotations: the read ahead when it is of this coding version. */
  private sourceWithoutAnnotations(
    articleId: string,
    codingVersion: string | undefined,
  ): Promise<AgreementArticleSource | null> {
    const ahead = this.readAhead;
    if (ahead?.articleId === articleId && ahead.codingVersion === codingVersion) {
      return ahead.source;
    }
    const source = this.reads.article(articleId, { annotations: false });
    if (codingVersion !== undefined) {
      this.readAhead = { articleId, codingVersion, source };
      source.catch(() => {
        if (this.readAhead?.source === source) this.readAhead = null;
      });
    }
    return source;
  }

  private async articleInput(
    articleId: string,
    given: MapSpans | undefined,
    codingVersion: string | undefined,
  ): Promise<{ input: MapInput; labels: Label[] }> {
    const source = given
      ? await this.sourceWithoutAnnotations(articleId, codingVersion)
      : await this.reads.article(articleId, { annotations: true });
    if (!source) throw notInLibrary(articleId);
    const { article } = source;
    this.texts.keep(article.id, article.textHash, article.text);
    const articles = [
      { id: article.id, title: article.title, outletId: article.outletId, text: article.text },
    ];
    const input: MapInput = {
      articles,
      annotations: given?.articleId === articleId ? unpackMapSpans(given) : source.annotations,
      annotators: source.annotators,
      labels: source.labels,
      doneMarks: source.doneMarks,
      submitted: source.submitted,
      tokens: this.tokensOf(articles),
    };
    return { input, labels: source.labels };
  }

  private tokensOf(articles: AgreementInput['articles']): NonNullable<AgreementInput['tokens']> {
    const texts = new Map(articles.map((article) => [article.id, article.text]));
    return (articleId) => this.texts.tokens(articleId, texts.get(articleId) ?? '');
  }
}
