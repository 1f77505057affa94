import { CanonicalIndex, canonicalIndex } from './canonical-term';
import { compareText, rankStrings } from './collate';
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
  articles: number;
  words: number;
  annotations: number;
  labelCounts: Map<string, number>;
  termCounts: Map<string, number>;
}

/** Counted annotations of one target in one outlet: terms by voice, and valence. */
export interface TargetOutletCell {
  targetId: string | null;
  outletId: string;
  terms: Map<string, VoiceCounts>;
  valenceSum: number;
  valenceN: number;
}

export interface IncludedArticle {
  article: SummaryArticle;
  outlet: OutletAccumulator;
}

/**
 * The filtered, aggregated corpus every table is derived from. `prepareSummary` builds it in
 * one pass over the annotations; the table functions only read it.
 */
export interface SummaryData {
  input: SummaryInput;
  filter: SummaryFilter;
  index: CanonicalIndex;
  /** Outlets that pass the outlet filter, by name. */
  outlets: OutletAccumulator[];
  outletsById: Map<string, OutletAccumulator>;
  /** Labels the rate tables have a column for: the filtered ones, else the codebook's. */
  labels: LabelRef[];
  /** Targets that occur in counted annotations: codebook order, unknown ids, then null. */
  targets: TargetRef[];
  /** target → outlet id → cell. */
  cells: Map<string | null, Map<string, TargetOutletCell>>;
  /** Counted annotations per canonical term over all included outlets. */
  termTotals: Map<string, number>;
  /** Each counted term's alphabetical rank (`compareText`), for fast tie-breaking. */
  termRank: Map<string, number>;
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

function emptyVoiceCounts(): VoiceCounts {
  return { own: 0, quoted: 0, attributed: 0, total: 0 };
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
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
      articles: 0,
      words: 0,
      annotations: 0,
      labelCounts: new Map(),
      termCounts: new Map(),
    };
    outletsById.set(outletId, outlet);
    return outlet;
  };
  for (const outlet of input.outlets) {
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

  const cells = new Map<string | null, Map<string, TargetOutletCell>>();
  const termTotals = new Map<string, number>();
  for (const annotation of input.annotations) {
    const included = countedIn(annotation);
    if (!included) continue;
    const { outlet } = included;
    const term = index.termOf(annotation.exact);
    outlet.annotations += 1;
    increment(outlet.labelCounts, annotation.labelId);
    increment(outlet.termCounts, term);
    increment(termTotals, term);
    totals.annotations += 1;

    const target = annotation.target ?? null;
    let byOutlet = cells.get(target);
    if (!byOutlet) {
      byOutlet = new Map();
      cells.set(target, byOutlet);
    }
    let cell = byOutlet.get(outlet.outletId);
    if (!cell) {
      cell = {
        targetId: target,
        outletId: outlet.outletId,
        terms: new Map(),
        valenceSum: 0,
        valenceN: 0,
      };
      byOutlet.set(outlet.outletId, cell);
    }
    let counts = cell.terms.get(term);
    if (!counts) {
      counts = emptyVoiceCounts();
      cell.terms.set(term, counts);
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
  return {
    input,
    filter,
    index,
    outlets,
    outletsById,
    labels: labelColumns(input, labelFilter, outlets),
    targets: targetRows(input, cells),
    cells,
    termTotals,
    termRank: rankStrings(termTotals.keys()),
    totals,
    articles,
    countedIn,
  };
}

function labelColumns(
  input: SummaryInput,
  labelFilter: Set<string> | null,
  outlets: readonly OutletAccumulator[],
): LabelRef[] {
  const known = input.labels.filter((label) => !labelFilter || labelFilter.has(label.id));
  const knownIds = new Set(known.map((label) => label.id));
  const extra = new Set<string>();
  for (const id of labelFilter ?? []) if (!knownIds.has(id)) extra.add(id);
  for (const outlet of outlets) {
    for (const id of outlet.labelCounts.keys()) if (!knownIds.has(id)) extra.add(id);
  }
  return [
    ...known.map((label) => ({ labelId: label.id, labelName: label.name })),
    ...[...extra].sort(compareText).map((id) => ({ labelId: id, labelName: id })),
  ];
}

function targetRows(
  input: SummaryInput,
  cells: Map<string | null, Map<string, TargetOutletCell>>,
): TargetRef[] {
  const rows: TargetRef[] = [];
  const knownIds = new Set<string>();
  for (const actor of input.actors) {
    knownIds.add(actor.id);
    if (cells.has(actor.id)) rows.push({ targetId: actor.id, targetName: actor.name });
  }
  const unknown = [...cells.keys()].filter((id): id is string => id !== null && !knownIds.has(id));
  for (const id of unknown.sort(compareText)) rows.push({ targetId: id, targetName: id });
  if (cells.has(null)) rows.push({ targetId: null, targetName: NO_TARGET_NAME });
  return rows;
}

/** count / words × 1000, or null when there are no words to divide by. */
export function ratePer1000(count: number, words: number): number | null {
  return words > 0 ? (count / words) * 1000 : null;
}
