import { canonicalIndex, type CanonicalIndex } from './canonical-term';
import { compareText, textRanks } from './collate';
import { eachPlaceOnce } from './count-once';
import { isPublishedInRange, resolveDateRange } from './partial-date';
import {
  NO_TARGET_NAME,
  type IncludedArticle,
  type OutletAccumulator,
  type SummaryData,
  type TargetOutletCell,
} from './summary-data';
import type {
  LabelRef,
  SummaryAnnotation,
  SummaryFilter,
  SummaryInput,
  TargetRef,
} from './summary-types';

/** Everything the summary reads except the annotations, which may arrive in batches. */
export type SummaryCorpus = Omit<SummaryInput, 'annotations'>;

function toSet<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

function sanitizeWords(wordCount: number): number {
  return Number.isFinite(wordCount) && wordCount > 0 ? wordCount : 0;
}

function bump(counts: number[], id: number): void {
  while (counts.length <= id) counts.push(0);
  counts[id] = (counts[id] ?? 0) + 1;
}

/**
 * Builds `SummaryData` incrementally: the articles and outlets at construction, then the
 * annotations in as many `add` calls as they arrive in (a worker adds each batch read from
 * IndexedDB while the next one is read), then `finish`. Adding the same annotations in one call
 * or in several gives the same data. An annotation counts when it is accepted, not deleted, its
 * article is included (outlet, article and date filters) and it passes the annotator, voice and
 * label filters. With `eachPlaceOnce`, annotations are held back until `finish`, which counts
 * one representative per place (a place may span several batches).
 */
export class SummaryBuilder {
  private readonly index: CanonicalIndex;
  private readonly annotatorFilter: Set<string> | null;
  private readonly voiceFilter: Set<string> | null;
  private readonly labelFilter: Set<string> | null;
  private readonly outletsById = new Map<string, OutletAccumulator>();
  private readonly articles = new Map<string, IncludedArticle>();
  private readonly totals = { articles: 0, words: 0, annotations: 0 };
  private readonly termIdByExact = new Map<string, number>();
  private readonly termIdByTerm = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly termTotals: number[] = [];
  private readonly labelSlots = new Map<string, number>();
  private readonly labelIds: string[] = [];
  private readonly targetSlots = new Map<string | null, number>();
  private readonly cells: (TargetOutletCell | undefined)[][] = [];
  /** Held back for counting each place once; null when every annotation counts. */
  private pending: SummaryAnnotation[] | null;
  /** The places' representatives that were counted, once `finish` has merged the places. */
  private representatives: Set<string> | null = null;

  constructor(
    corpus: SummaryCorpus,
    private readonly filter: SummaryFilter = {},
  ) {
    this.index = canonicalIndex(corpus.lexicon);
    const outletFilter = toSet(filter.outletIds);
    const articleFilter = toSet(filter.articleIds);
    this.annotatorFilter = toSet(filter.annotatorIds);
    this.voiceFilter = toSet<string>(filter.voices);
    this.labelFilter = toSet(filter.labelIds);
    this.pending = filter.eachPlaceOnce ? [] : null;
    const range = resolveDateRange(filter.dateFrom, filter.dateTo);

    for (const outlet of corpus.outlets) {
      if (this.outletsById.has(outlet.id)) continue;
      if (!outletFilter || outletFilter.has(outlet.id)) this.addOutlet(outlet.id, outlet.name);
    }
    const { articles, totals } = this;
    for (const article of corpus.articles) {
      if (articles.has(article.id)) continue;
      if (outletFilter && !outletFilter.has(article.outletId)) continue;
      if (articleFilter && !articleFilter.has(article.id)) continue;
      if (!isPublishedInRange(article.published, range)) continue;
      // An article whose outlet record is missing still counts, under its outlet id.
      const outlet =
        this.outletsById.get(article.outletId) ??
        this.addOutlet(article.outletId, article.outletId);
      const words = sanitizeWords(article.wordCount);
      outlet.articles += 1;
      outlet.words += words;
      totals.articles += 1;
      totals.words += words;
      articles.set(article.id, { article, outlet });
    }
  }

  private addOutlet(outletId: string, outletName: string): OutletAccumulator {
    const outlet: OutletAccumulator = {
      outletId,
      outletName,
      slot: this.outletsById.size,
      articles: 0,
      words: 0,
      annotations: 0,
      labelCounts: [],
      termCounts: [],
    };
    this.outletsById.set(outletId, outlet);
    return outlet;
  }

  /** The article an annotation counts toward, or undefined when it does not count. */
  readonly countedIn = (annotation: SummaryAnnotation): IncludedArticle | undefined => {
    if (!this.passes(annotation)) return undefined;
    if (this.representatives && !this.representatives.has(annotation.id)) return undefined;
    return this.articles.get(annotation.articleId);
  };

  private passes(annotation: SummaryAnnotation): boolean {
    return this.passesBeforeMerging(annotation) && this.passesVoice(annotation);
  }

  private passesBeforeMerging(annotation: SummaryAnnotation): boolean {
    if (annotation.status !== 'accepted' || annotation.deleted) return false;
    if (this.annotatorFilter && !this.annotatorFilter.has(annotation.annotatorId)) return false;
    if (this.labelFilter && !this.labelFilter.has(annotation.labelId)) return false;
    return true;
  }

  private passesVoice(annotation: SummaryAnnotation): boolean {
    return !this.voiceFilter || this.voiceFilter.has(annotation.voice);
  }

  add(annotations: readonly SummaryAnnotation[]): void {
    const { pending } = this;
    if (pending) {
      for (const annotation of annotations) {
        if (this.passesBeforeMerging(annotation) && this.articles.has(annotation.articleId)) {
          pending.push(annotation);
        }
      }
      return;
    }
    this.count(annotations);
  }

  /** Counts annotations that pass the filters into the aggregates. */
  private count(annotations: readonly SummaryAnnotation[]): void {
    const { articles, termIdByExact, labelSlots, targetSlots, cells, termTotals, totals } = this;
    // Annotations of one article usually come together (ids are time-ordered): remembering the
    // last article spares a hash of a freshly read id string per annotation.
    let lastArticleId = '';
    let lastIncluded: IncludedArticle | undefined;
    let haveLast = false;
    for (const annotation of annotations) {
      if (!this.passes(annotation)) continue;
      const articleId = annotation.articleId;
      if (!haveLast || articleId !== lastArticleId) {
        lastArticleId = articleId;
        lastIncluded = articles.get(articleId);
        haveLast = true;
      }
      if (!lastIncluded) continue;
      const { outlet } = lastIncluded;

      const termId = termIdByExact.get(annotation.exact) ?? this.internExact(annotation.exact);
      let labelSlot = labelSlots.get(annotation.labelId);
      if (labelSlot === undefined) {
        labelSlot = this.labelIds.length;
        this.labelIds.push(annotation.labelId);
        labelSlots.set(annotation.labelId, labelSlot);
      }
      const target = annotation.target ?? null;
      let targetSlot = targetSlots.get(target);
      if (targetSlot === undefined) {
        targetSlot = cells.length;
        cells.push([]);
        targetSlots.set(target, targetSlot);
      }

      outlet.annotations += 1;
      bump(outlet.labelCounts, labelSlot);
      bump(outlet.termCounts, termId);
      termTotals[termId] = (termTotals[termId] ?? 0) + 1;
      totals.annotations += 1;

      const row = cells[targetSlot] ?? [];
      let cell = row[outlet.slot];
      if (!cell) {
        cell = { terms: [], valenceSum: 0, valenceN: 0 };
        row[outlet.slot] = cell;
      }
      let counts = cell.terms[termId];
      if (!counts) {
        counts = { own: 0, quoted: 0, attributed: 0, total: 0 };
        cell.terms[termId] = counts;
      }
      counts.total += 1;
      const voice = annotation.voice;
      if (voice === 'own') counts.own += 1;
      else if (voice === 'quoted') counts.quoted += 1;
      else if (voice === 'attributed') counts.attributed += 1;
      const valence = annotation.valence;
      if (Number.isFinite(valence)) {
        cell.valenceSum += valence;
        cell.valenceN += 1;
      }
    }
  }

  /** The term id of an exact text not seen before: canonical terms are folded once per text. */
  private internExact(exact: string): number {
    const term = this.index.termOf(exact);
    let termId = this.termIdByTerm.get(term);
    if (termId === undefined) {
      termId = this.terms.length;
      this.terms.push(term);
      this.termTotals.push(0);
      this.termIdByTerm.set(term, termId);
    }
    this.termIdByExact.set(exact, termId);
    return termId;
  }

  /** The data, given the whole input (`SummaryData.input`: the concordance reads it). */
  finish(input: SummaryInput): SummaryData {
    if (this.pending) {
      const places = eachPlaceOnce(this.pending).filter((place) => this.passesVoice(place));
      this.pending = null;
      this.representatives = new Set(places.map((place) => place.id));
      this.count(places);
    }
    const { terms } = this;
    const outlets = [...this.outletsById.values()].sort(
      (a, b) => compareText(a.outletName, b.outletName) || compareText(a.outletId, b.outletId),
    );
    return {
      input,
      filter: this.filter,
      index: this.index,
      outlets,
      labels: labelColumns(input, this.labelFilter, this.labelIds),
      labelIds: this.labelIds,
      targets: targetRows(input, this.targetSlots),
      cells: this.cells,
      targetSlots: this.targetSlots,
      terms,
      termTotals: this.termTotals,
      termRanks: textRanks(terms),
      totals: this.totals,
      articles: this.articles,
      countedIn: this.countedIn,
    };
  }
}

function labelColumns(
  corpus: SummaryCorpus,
  labelFilter: Set<string> | null,
  seenLabelIds: readonly string[],
): LabelRef[] {
  const known = corpus.labels.filter((label) => !labelFilter || labelFilter.has(label.id));
  const knownIds = new Set(corpus.labels.map((label) => label.id));
  const extra = new Set<string>();
  for (const id of labelFilter ?? []) if (!knownIds.has(id)) extra.add(id);
  for (const id of seenLabelIds) if (!knownIds.has(id)) extra.add(id);
  return [
    ...known.map((label) => ({ labelId: label.id, labelName: label.name })),
    ...[...extra].sort(compareText).map((id) => ({ labelId: id, labelName: id })),
  ];
}

function targetRows(corpus: SummaryCorpus, targetSlots: Map<string | null, number>): TargetRef[] {
  const rows: TargetRef[] = [];
  const knownIds = new Set<string>();
  for (const actor of corpus.actors) {
    knownIds.add(actor.id);
    if (targetSlots.has(actor.id)) rows.push({ targetId: actor.id, targetName: actor.name });
  }
  const unknown = [...targetSlots.keys()].filter(
    (id): id is string => id !== null && !knownIds.has(id),
  );
  for (const id of unknown.sort(compareText)) rows.push({ targetId: id, targetName: id });
  if (targetSlots.has(null)) rows.push({ targetId: null, targetName: NO_TARGET_NAME });
  return rows;
}
