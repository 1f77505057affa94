import { CanonicalIndex, canonicalIndex } from './canonical-term';
import { compareText } from './collate';
import { isPublishedInRange, resolveDateRange } from './partial-date';
import type {
  LabelRef,
  SummaryAnnotation,
  SummaryArticle,
  SummaryFilter,
  SummaryInput,
  TargetRef,
  VoiceCounts,
} from './summary-types';

/** Running totals of one outlet over the included articles and counted annotations. */
export interface OutletAccumulator {
  outletId: string;
  outletName: string;
  /** Creation order: the column of this outlet in `SummaryData.cells`. */
  slot: number;
  articles: number;
  words: number;
  annotations: number;
  /** By label id index (`SummaryData.labelIds`); may be shorter than the list (missing = 0). */
  labelCounts: number[];
  /** By term id (`SummaryData.terms`); may be shorter than the list (missing = 0). */
  termCounts: number[];
}

/** Counted annotations of one target in one outlet: term ids → counts by voice, and valence. */
export interface TargetOutletCell {
  terms: Map<number, VoiceCounts>;
  valenceSum: number;
  valenceN: number;
}

export interface IncludedArticle {
  article: SummaryArticle;
  outlet: OutletAccumulator;
}

/**
 * The filtered, aggregated corpus every table is derived from. `prepareSummary` builds it in one
 * pass over the annotations; the table functions only read it. Terms, labels and targets are
 * interned to small integers so the pass does a handful of hash lookups per annotation and the
 * rest is array arithmetic.
 */
export interface SummaryData {
  input: SummaryInput;
  filter: SummaryFilter;
  index: CanonicalIndex;
  /** Outlets that pass the outlet filter, by name. */
  outlets: OutletAccumulator[];
  /** Labels the rate tables have a column for: the filtered ones, else the codebook's. */
  labels: LabelRef[];
  /** Every label id seen, by index (`OutletAccumulator.labelCounts`). */
  labelIds: string[];
  /** Targets that occur in counted annotations: codebook order, unknown ids, then null. */
  targets: TargetRef[];
  /** cells[target slot][outlet slot]; `targetSlots` maps a target id (or null) to its slot. */
  cells: (TargetOutletCell | undefined)[][];
  targetSlots: Map<string | null, number>;
  /** Canonical terms by term id. */
  terms: string[];
  /** Counted annotations per term id over all included outlets. */
  termTotals: number[];
  /** Each term id's position in `compareText` order of the terms, for cheap tie-breaking. */
  termRanks: Int32Array;
  totals: { articles: number; words: number; annotations: number };
  /** Included articles by id. */
  articles: Map<string, IncludedArticle>;
  /** The article an annotation counts toward, or undefined when it does not count. */
  countedIn: (annotation: SummaryAnnotation) => IncludedArticle | undefined;
}

export const NO_TARGET_NAME = 'No target';

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
 * Applies the filter and aggregates, in one pass over the annotations. An annotation counts
 * when it is accepted, not deleted, its article is included (outlet, article and date filters)
 * and it passes the annotator, voice and label filters.
 */
export function prepareSummary(input: SummaryInput, filter: SummaryFilter = {}): SummaryData {
  const index = canonicalIndex(input.lexicon);
  const outletFilter = toSet(filter.outletIds);
  const articleFilter = toSet(filter.articleIds);
  const annotatorFilter = toSet(filter.annotatorIds);
  const voiceFilter = toSet<string>(filter.voices);
  const labelFilter = toSet(filter.labelIds);
  const range = resolveDateRange(filter.dateFrom, filter.dateTo);

  const outletsById = new Map<string, OutletAccumulator>();
  const addOutlet = (outletId: string, outletName: string): OutletAccumulator => {
    const outlet: OutletAccumulator = {
      outletId,
      outletName,
      slot: outletsById.size,
      articles: 0,
      words: 0,
      annotations: 0,
      labelCounts: [],
      termCounts: [],
    };
    outletsById.set(outletId, outlet);
    return outlet;
  };
  for (const outlet of input.outlets) {
    if (outletsById.has(outlet.id)) continue;
    if (!outletFilter || outletFilter.has(outlet.id)) addOutlet(outlet.id, outlet.name);
  }

  const totals = { articles: 0, words: 0, annotations: 0 };
  const articles = new Map<string, IncludedArticle>();
  for (const article of input.articles) {
    if (articles.has(article.id)) continue;
    if (outletFilter && !outletFilter.has(article.outletId)) continue;
    if (articleFilter && !articleFilter.has(article.id)) continue;
    if (!isPublishedInRange(article.published, range)) continue;
    // An article whose outlet record is missing still counts, under its outlet id.
    const outlet =
      outletsById.get(article.outletId) ?? addOutlet(article.outletId, article.outletId);
    const words = sanitizeWords(article.wordCount);
    outlet.articles += 1;
    outlet.words += words;
    totals.articles += 1;
    totals.words += words;
    articles.set(article.id, { article, outlet });
  }

  const countedIn = (annotation: SummaryAnnotation): IncludedArticle | undefined => {
    if (annotation.status !== 'accepted' || annotation.deleted) return undefined;
    if (annotatorFilter && !annotatorFilter.has(annotation.annotatorId)) return undefined;
    if (voiceFilter && !voiceFilter.has(annotation.voice)) return undefined;
    if (labelFilter && !labelFilter.has(annotation.labelId)) return undefined;
    return articles.get(annotation.articleId);
  };

  const termIdByExact = new Map<string, number>();
  const termIdByTerm = new Map<string, number>();
  const terms: string[] = [];
  const termTotals: number[] = [];
  const labelSlots = new Map<string, number>();
  const labelIds: string[] = [];
  const targetSlots = new Map<string | null, number>();
  const cells: (TargetOutletCell | undefined)[][] = [];

  for (const annotation of input.annotations) {
    const included = countedIn(annotation);
    if (!included) continue;
    const { outlet } = included;

    let termId = termIdByExact.get(annotation.exact);
    if (termId === undefined) {
      const term = index.termOf(annotation.exact);
      termId = termIdByTerm.get(term);
      if (termId === undefined) {
        termId = terms.length;
        terms.push(term);
        termTotals.push(0);
        termIdByTerm.set(term, termId);
      }
      termIdByExact.set(annotation.exact, termId);
    }
    let labelSlot = labelSlots.get(annotation.labelId);
    if (labelSlot === undefined) {
      labelSlot = labelIds.length;
      labelIds.push(annotation.labelId);
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
      cell = { terms: new Map(), valenceSum: 0, valenceN: 0 };
      row[outlet.slot] = cell;
    }
    let counts = cell.terms.get(termId);
    if (!counts) {
      counts = { own: 0, quoted: 0, attributed: 0, total: 0 };
      cell.terms.set(termId, counts);
    }
    counts.total += 1;
    if (annotation.voice === 'own') counts.own += 1;
    else if (annotation.voice === 'quoted') counts.quoted += 1;
    else if (annotation.voice === 'attributed') counts.attributed += 1;
    if (Number.isFinite(annotation.valence)) {
      cell.valenceSum += annotation.valence;
      cell.valenceN += 1;
    }
  }

  const outlets = [...outletsById.values()].sort(
    (a, b) => compareText(a.outletName, b.outletName) || compareText(a.outletId, b.outletId),
  );
  const termRanks = new Int32Array(terms.length);
  terms
    .map((term, id) => ({ term, id }))
    .sort((a, b) => compareText(a.term, b.term))
    .forEach(({ id }, rank) => {
      termRanks[id] = rank;
    });

  return {
    input,
    filter,
    index,
    outlets,
    labels: labelColumns(input, labelFilter, labelIds),
    labelIds,
    targets: targetRows(input, targetSlots),
    cells,
    targetSlots,
    terms,
    termTotals,
    termRanks,
    totals,
    articles,
    countedIn,
  };
}

function labelColumns(
  input: SummaryInput,
  labelFilter: Set<string> | null,
  seenLabelIds: readonly string[],
): LabelRef[] {
  const known = input.labels.filter((label) => !labelFilter || labelFilter.has(label.id));
  const knownIds = new Set(input.labels.map((label) => label.id));
  const extra = new Set<string>();
  for (const id of labelFilter ?? []) if (!knownIds.has(id)) extra.add(id);
  for (const id of seenLabelIds) if (!knownIds.has(id)) extra.add(id);
  return [
    ...known.map((label) => ({ labelId: label.id, labelName: label.name })),
    ...[...extra].sort(compareText).map((id) => ({ labelId: id, labelName: id })),
  ];
}

function targetRows(input: SummaryInput, targetSlots: Map<string | null, number>): TargetRef[] {
  const rows: TargetRef[] = [];
  const knownIds = new Set<string>();
  for (const actor of input.actors) {
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

/** The cell of a target × outlet, if any annotation counted there. */
export function cellOf(
  data: SummaryData,
  targetId: string | null,
  outlet: OutletAccumulator,
): TargetOutletCell | undefined {
  const slot = data.targetSlots.get(targetId);
  return slot === undefined ? undefined : data.cells[slot]?.[outlet.slot];
}

/** An outlet's count of a label id (0 when never seen). */
export function labelCount(data: SummaryData, outlet: OutletAccumulator, labelId: string): number {
  const slot = data.labelIds.indexOf(labelId);
  return slot < 0 ? 0 : (outlet.labelCounts[slot] ?? 0);
}

/** count / words × 1000, or null when there are no words to divide by. */
export function ratePer1000(count: number, words: number): number | null {
  return words > 0 ? (count / words) * 1000 : null;
}
