import {
  createAnchorer,
  type AnchorResult,
  type AnchorSelector,
} from '../../domain/anchoring/reanchor';
import type { ExchangeFormat } from '../../domain/exchange/import-file';
import type { DoccanoUnitsReport } from '../../domain/exchange/doccano-units';
import {
  assignArticles,
  lookupKey,
  type ForeignImport,
  type ImportedDocument,
  type SpanMove,
} from '../../domain/exchange/foreign-import';
import type { ParsedExchangeFile } from '../../domain/exchange/import-file';
import { planMerge, type MergeConflict, type MergeCounts } from '../../domain/exchange/merge';
import { findTextHashMismatch, type NativeExport } from '../../domain/exchange/native-format';
import { fail, succeed, type ParseResult } from '../../domain/exchange/result';
import { stableId } from '../../domain/exchange/stable-id';
import { checkArticleSize } from '../../domain/article-size';
import { sha256Hex } from '../../domain/hash';
import { cleanOutletName, outletNameKey } from '../../domain/outlet-name';
import { isGraphemeBoundary, snapToGraphemes } from '../../domain/text/graphemes';
import { cleanTitle } from '../../domain/text/clean-title';
import { quoteSelector } from '../../domain/text/quote-selector';
import { countWords } from '../../domain/text/word-count';
import type { Annotation, Annotator, Article, Codebook, Label, Outlet } from '../../domain/types';
import { safeHttpUrl } from '../../domain/urls';
import type { StoredOrphan } from './orphans-repository';

/**
 * Turns a parsed exchange file into an import plan against a snapshot of the library: which
 * articles are already there (same textHash; for FrameLens files also the same id; else the
 * same http(s) link, with the annotations re-anchored because the text differs), which
 * articles, outlets and annotators are new, where every annotation lands (re-anchored when its
 * quote is not at its offsets, widened when an edge cuts a character — each such change listed),
 * which are orphaned, which ids belong to annotations on other articles (conflicts: an import
 * never moves an annotation to another article), which labels are unknown, and the merge
 * counts. Nothing here touches the database: the plan is previewed first and written by
 * `commitImport` in one transaction.
 */

/** The part of the library an import is planned against (read in one transaction). */
export interface LibrarySnapshot {
  codebook: Codebook;
  articles: readonly Article[];
  outlets: readonly Outlet[];
  annotatorIds: ReadonlySet<string>;
}

export interface PlanInput {
  fileName: string;
  library: LibrarySnapshot;
  /** Stored annotations with the ids the file brings (for the merge counts). */
  existing: ReadonlyMap<string, Annotation>;
  /** Ids of orphans already listed (to say how many are new). */
  listedOrphanIds: ReadonlySet<string>;
  /** The annotator used where a file names nobody, with the name to give it if it is new. */
  fallbackAnnotator: Annotator;
  /** Timestamp for new articles' addedAt and the orphans' importedAt. */
  now: string;
}

/** A label the file uses that the codebook lacks: the person adds it or skips its annotations. */
export interface UnknownLabelGroup {
  /** Decision key. */
  key: string;
  name: string;
  /** The label added when the person chooses "add". */
  proposed: Label;
  /** Whether the file's own codebook defines the label (FrameLens files). */
  definedInFile: boolean;
  /** Merge counts of its placed annotations, as if the label were added. */
  counts: MergeCounts;
  orphaned: number;
}

/** Group key of annotations whose label is known. */
export const KNOWN_LABELS = '';

export interface PlannedAnnotation {
  annotation: Annotation;
  /** KNOWN_LABELS or the key of an UnknownLabelGroup. */
  group: string;
}

export interface PlannedOrphan {
  orphan: StoredOrphan;
  group: string;
}

/**
 * An annotation that does not land where the file's offsets say: moved (found again by its
 * quote) or snapped (widened to whole characters because an edge cut one in two).
 */
export interface SpanChange {
  kind: 'moved' | 'snapped';
  /** The quote where it lands. */
  exact: string;
  /** As the file gives them (a moved span), or before widening (a snapped one). */
  from: { start: number; end: number };
  to: { start: number; end: number };
  where: string;
  articleTitle: string;
  reason: string;
}

/**
 * An annotation whose id belongs to a stored annotation on another article: it is not
 * imported (an import never moves an annotation to another article) and is reported.
 */
export interface OtherArticleConflict {
  existing: Annotation;
  incoming: Annotation;
  group: string;
  existingTitle: string;
  incomingTitle: string;
}

export interface ArticleMatchCounts {
  /** Already in the library with the same text. */
  sameText: number;
  /** Found by id or link with a different text: annotations re-anchored into the library's text. */
  differentText: number;
  /** New articles the import adds. */
  added: number;
}

export interface ImportPlan {
  fileName: string;
  format: ExchangeFormat;
  reason: string;
  outletsToAdd: Outlet[];
  articlesToAdd: Article[];
  annotatorsToAdd: Annotator[];
  annotations: PlannedAnnotation[];
  orphans: PlannedOrphan[];
  unknownLabels: UnknownLabelGroup[];
  /** Merge counts of the annotations with known labels. */
  counts: MergeCounts;
  conflicts: MergeConflict[];
  otherArticleConflicts: OtherArticleConflict[];
  /** Annotations placed somewhere else than their offsets said (found again by their quote). */
  reanchored: number;
  /** Annotations widened to whole characters (grapheme clusters). */
  snapped: number;
  /** Every moved and snapped annotation, in file order. */
  spanChanges: SpanChange[];
  articleMatches: ArticleMatchCounts;
  /** Orphans of this file already listed from an earlier import. */
  orphansAlreadyListed: number;
  warnings: string[];
  /** doccano files: the unit their offsets were read in, and whether the person must choose. */
  offsetUnits: DoccanoUnitsReport | null;
}

/** Where the annotations of one file article (or document) land. */
interface Destination {
  articleId: string;
  text: string;
  title: string;
  /** The stored text differs from the one the offsets were made on. */
  differentText: boolean;
  anchor: ((selector: AnchorSelector) => AnchorResult) | null;
}

type Placement =
  | {
      ok: true;
      annotation: Annotation;
      /** Why it is not at its offsets, or null. */
      moved: string | null;
      /** The span before it was widened to whole characters, or null. */
      snappedFrom: { start: number; end: number } | null;
    }
  | { ok: false; reason: string };

function whyMoved(destination: Destination, annotation: Annotation): string {
  if (destination.differentText) return 'the article’s text in your library differs';
  if (annotation.end > destination.text.length) {
    return `its offsets ${annotation.start}–${annotation.end} are past the end of the text (${destination.text.length} characters)`;
  }
  return `the text at its offsets ${annotation.start}–${annotation.end} is not its quote`;
}

function place(destination: Destination, annotation: Annotation): Placement {
  const { text } = destination;
  const onArticle = { ...annotation, articleId: destination.articleId };
  let start = annotation.start;
  let end = annotation.end;
  let moved: string | null = null;
  const kept =
    !destination.differentText &&
    annotation.end <= text.length &&
    text.slice(annotation.start, annotation.end) === annotation.exact;
  if (!kept) {
    destination.anchor ??= createAnchorer(text);
    const result = destination.anchor(annotation);
    if (result.status === 'orphaned') return { ok: false, reason: result.reason };
    ({ start, end } = result);
    if (start !== annotation.start || end !== annotation.end)
      moved = whyMoved(destination, annotation);
  }
  // Never half a character: an edge inside a surrogate pair or a grapheme cluster widens it.
  if (!isGraphemeBoundary(text, start) || !isGraphemeBoundary(text, end)) {
    const snapped = snapToGraphemes(text, start, end);
    return {
      ok: true,
      annotation: {
        ...onArticle,
        start: snapped.start,
        end: snapped.end,
        ...quoteSelector(text, snapped.start, snapped.end),
      },
      moved,
      snappedFrom: { start, end },
    };
  }
  // Kept exactly as given (context included), so a round trip is lossless.
  if (kept) return { ok: true, annotation: onArticle, moved: null, snappedFrom: null };
  return {
    ok: true,
    annotation: { ...onArticle, start, end, ...quoteSelector(text, start, end) },
    moved,
    snappedFrom: null,
  };
}

const NEW_LABEL_COLORS = [
  '#CC79A7',
  '#0072B2',
  '#D55E00',
  '#F0E442',
  '#009E73',
  '#56B4E9',
  '#E69F00',
  '#999999',
];

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** A label reference resolved: the id to store and the group (KNOWN_LABELS or a proposal). */
interface ResolvedLabel {
  labelId: string;
  group: string;
}

/**
 * Proposes the labels a file uses that the codebook lacks. Names are unique case-insensitively:
 * a label whose name the codebook (or an earlier proposal) already has maps to that label.
 * Everything is looked up in Maps and group keys carry a prefix, so names like "toString" or
 * "__proto__" are plain names.
 */
class LabelProposals {
  private readonly usedIds: Set<string>;
  private readonly usedColors: Set<string>;
  private readonly knownIds: Set<string>;
  private readonly knownByName: Map<string, Label>;
  private readonly proposedByName = new Map<string, UnknownLabelGroup>();
  private readonly proposedById = new Map<string, UnknownLabelGroup>();
  readonly groups = new Map<string, UnknownLabelGroup>();

  constructor(codebook: Codebook) {
    this.usedIds = new Set(codebook.labels.map((label) => label.id));
    this.knownIds = new Set(this.usedIds);
    this.usedColors = new Set(codebook.labels.map((label) => label.color.toUpperCase()));
    this.knownByName = new Map();
    for (const label of codebook.labels) {
      const key = lookupKey(label.name);
      if (!this.knownByName.has(key)) this.knownByName.set(key, label);
    }
  }

  private color(preferred?: string): string {
    if (preferred) return preferred;
    const free = NEW_LABEL_COLORS.find((color) => !this.usedColors.has(color));
    const color = free ?? NEW_LABEL_COLORS[this.groups.size % NEW_LABEL_COLORS.length] ?? '#999999';
    this.usedColors.add(color);
    return color;
  }

  private propose(key: string, proposed: Label, definedInFile: boolean): UnknownLabelGroup {
    const group: UnknownLabelGroup = {
      key,
      name: proposed.name,
      proposed,
      definedInFile,
      counts: { new: 0, updated: 0, unchanged: 0, conflicting: 0 },
      orphaned: 0,
    };
    this.usedIds.add(proposed.id);
    this.groups.set(key, group);
    this.proposedByName.set(lookupKey(proposed.name), group);
    return group;
  }

  /** A label id the file uses (FrameLens files), defined by the file's codebook or not. */
  byId(labelId: string, fileCodebook: Codebook | undefined): ResolvedLabel {
    if (this.knownIds.has(labelId)) return { labelId, group: KNOWN_LABELS };
    const earlier = this.proposedById.get(labelId);
    if (earlier) return { labelId: earlier.proposed.id, group: earlier.key };
    const defined = fileCodebook?.labels.find((label) => label.id === labelId);
    const name = defined?.name.trim() || labelId;
    const sameName = this.knownByName.get(lookupKey(name));
    if (sameName) return { labelId: sameName.id, group: KNOWN_LABELS };
    let group = this.proposedByName.get(lookupKey(name));
    group ??= this.propose(
      `id:${labelId}`,
      {
        id: this.usedIds.has(labelId) ? this.freeId(labelId) : labelId,
        name,
        category: defined?.category ?? 'Imported',
        color: this.color(defined?.color),
        key: '',
        description: defined?.description ?? '',
      },
      Boolean(defined),
    );
    this.proposedById.set(labelId, group);
    return { labelId: group.proposed.id, group: group.key };
  }

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** A label name a foreign file uses: a new label with an id derived from the name. */
  byName(name: string): ResolvedLabel {
    const sameName = this.knownByName.get(lookupKey(name));
    if (sameName) return { labelId: sameName.id, group: KNOWN_LABELS };
    const group =
      this.proposedByName.get(lookupKey(name)) ??
      this.propose(
        `name:${lookupKey(name)}`,
        {
          id: this.freeId(slug(name) || 'imported-label'),
          name: name.trim() || slug(name) || 'imported-label',
          category: 'Imported',
          color: this.color(),
          key: '',
          description: '',
        },
        false,
      );
    return { labelId: group.proposed.id, group: group.key };
  }
}

/** Finds or plans the outlet of a new article. */
class OutletResolver {
  private readonly byId: Map<string, Outlet>;
  private readonly byKey: Map<string, Outlet>;
  readonly added: Outlet[] = [];

  constructor(outlets: readonly Outlet[]) {
    this.byId = new Map(outlets.map((outlet) => [outlet.id, outlet]));
    this.byKey = new Map(outlets.map((outlet) => [outlet.nameKey, outlet]));
  }

  resolve(name: string, preferredId?: string): string {
    if (preferredId !== undefined) {
      const sameId = this.byId.get(preferredId);
      if (sameId) return sameId.id;
    }
    const cleaned = cleanOutletName(name) || 'Imported';
    const nameKey = outletNameKey(cleaned);
    const sameName = this.byKey.get(nameKey);
    if (sameName) return sameName.id;
    // Without an id from the file, one derived from the name: every library that imports
    // this outlet gives it the same id, whatever the order of the files.
    const id = preferredId ?? stableId(['framelens-outlet', nameKey]);
    const outlet: Outlet = { id, name: cleaned, nameKey };
    this.byId.set(outlet.id, outlet);
    this.byKey.set(nameKey, outlet);
    this.added.push(outlet);
    return outlet.id;
  }
}

class ArticleIndex {
  readonly byHash: Map<string, Article>;
  readonly byId: Map<string, Article>;
  readonly byUrl = new Map<string, Article>();
  readonly added: Article[] = [];
  private readonly addedIds = new Set<string>();

  constructor(articles: readonly Article[]) {
    this.byHash = new Map(articles.map((article) => [article.textHash, article]));
    this.byId = new Map(articles.map((article) => [article.id, article]));
    for (const article of articles) {
      const url = safeHttpUrl(article.url);
      if (url) this.byUrl.set(url, article);
    }
  }

  add(article: Article): void {
    this.added.push(article);
    this.addedIds.add(article.id);
    this.byHash.set(article.textHash, article);
    this.byId.set(article.id, article);
  }

  isNew(article: Article): boolean {
    return this.addedIds.has(article.id);
  }

  byLink(url: string | null): Article | undefined {
    const safe = safeHttpUrl(url);
    return safe ? this.byUrl.get(safe) : undefined;
  }
}

function destinationFor(article: Article, differentText: boolean, title: string): Destination {
  return { articleId: article.id, text: article.text, title, differentText, anchor: null };
}

interface Collected {
  annotations: PlannedAnnotation[];
  orphans: PlannedOrphan[];
  changes: SpanChange[];
  skippedRejected: number;
}

function newCollected(): Collected {
  return { annotations: [], orphans: [], changes: [], skippedRejected: 0 };
}

function orphanRecord(
  input: PlanInput,
  annotation: Annotation,
  reason: string,
  where: string,
  articleTitle: string,
): StoredOrphan {
  return {
    annotation,
    reason,
    where,
    fileName: input.fileName,
    articleTitle,
    importedAt: input.now,
  };
}

/** Places one annotation and files it as planned, orphaned or (a rejected suggestion) skipped. */
function collect(
  out: Collected,
  input: PlanInput,
  destination: Destination,
  annotation: Annotation,
  group: string,
  where: string,
  parserMove?: SpanMove,
): void {
  if (annotation.deleted === 1) {
    // A tombstone is never shown: it only needs to reach the same id, wherever it was.
    out.annotations.push({
      annotation: { ...annotation, articleId: destination.articleId },
      group,
    });
    return;
  }
  const placed = place(destination, annotation);
  if (placed.ok) {
    const final = placed.annotation;
    const to = { start: final.start, end: final.end };
    const articleTitle = destination.title;
    if (parserMove || placed.moved !== null) {
      out.changes.push({
        kind: 'moved',
        exact: final.exact,
        from: parserMove?.from ?? { start: annotation.start, end: annotation.end },
        to,
        where: parserMove?.where ?? where,
        articleTitle,
        reason: parserMove?.reason ?? placed.moved ?? '',
      });
    }
    if (placed.snappedFrom) {
      out.changes.push({
        kind: 'snapped',
        exact: final.exact,
        from: placed.snappedFrom,
        to,
        where: parserMove?.where ?? where,
        articleTitle,
        reason: 'an edge cut a character (an emoji or a letter with its marks) in two',
      });
    }
    out.annotations.push({ annotation: final, group });
    return;
  }
  if (annotation.status === 'rejected-suggestion') {
    out.skippedRejected++;
    return;
  }
  out.orphans.push({
    orphan: orphanRecord(
      input,
      { ...annotation, articleId: destination.articleId },
      placed.reason,
      where,
      destination.title,
    ),
    group,
  });
}

async function planNative(
  data: NativeExport,
  input: PlanInput,
  labels: LabelProposals,
  warnings: string[],
): Promise<
  ParseResult<{
    collected: Collected;
    articles: ArticleIndex;
    outlets: OutletResolver;
    matches: ArticleMatchCounts;
  }>
> {
  const mismatch = await findTextHashMismatch(data.articles);
  if (mismatch)
    return fail(`${mismatch}. The file cannot be trusted to place its annotations.`, 'articles');
  const index = new ArticleIndex(input.library.articles);
  const outlets = new OutletResolver(input.library.outlets);
  const fileOutlets = new Map(data.outlets.map((outlet) => [outlet.id, outlet]));
  const matches: ArticleMatchCounts = { sameText: 0, differentText: 0, added: 0 };
  const destinations = new Map<string, Destination>();
  let textless = 0;

  for (const [articleIndex, article] of data.articles.entries()) {
    const sameText = index.byHash.get(article.textHash);
    if (sameText) {
      if (!index.isNew(sameText)) matches.sameText++;
      destinations.set(article.id, destinationFor(sameText, false, article.title));
      continue;
    }
    if (article.text === undefined) {
      // The parser already refused text-less unknown articles that carry annotations.
      textless++;
      continue;
    }
    const sameArticle = index.byId.get(article.id) ?? index.byLink(article.url);
    if (sameArticle) {
      matches.differentText++;
      destinations.set(article.id, destinationFor(sameArticle, true, article.title));
      continue;
    }
    const size = checkArticleSize(article.text);
    if (!size.ok) {
      return fail(
        `articles[${articleIndex}] ("${cleanTitle(article.title)}"): ${size.message} Nothing from this file was imported.`,
        `articles[${articleIndex}].text`,
      );
    }
    const outlet = fileOutlets.get(article.outletId);
    const created: Article = {
      ...article,
      title: cleanTitle(article.title) || 'Untitled',
      text: article.text,
      outletId: outlets.resolve(outlet?.name ?? 'Imported', outlet?.id),
    };
    index.add(created);
    matches.added++;
    destinations.set(article.id, destinationFor(created, false, article.title));
  }
  if (textless > 0) {
    warnings.push(
      `${textless} ${textless === 1 ? 'article has' : 'articles have'} no text and ${textless === 1 ? 'is' : 'are'} not in your library; ${textless === 1 ? 'it has' : 'they have'} no annotations and ${textless === 1 ? 'was' : 'were'} skipped`,
    );
  }

  const collected = newCollected();
  for (const [index_, annotation] of data.annotations.entries()) {
    const destination = destinations.get(annotation.articleId);
    if (!destination) continue;
    const label = labels.byId(annotation.labelId, data.codebook);
    collect(
      collected,
      input,
      destination,
      label.labelId === annotation.labelId ? annotation : { ...annotation, labelId: label.labelId },
      label.group,
      `annotations[${index_}]`,
    );
  }
  return succeed({ collected, articles: index, outlets, matches });
}

async function planDocuments(
  documents: readonly ImportedDocument[],
  input: PlanInput,
  index: ArticleIndex,
  outlets: OutletResolver,
  matches: ArticleMatchCounts,
): Promise<ParseResult<Map<string, Destination>>> {
  const destinations = new Map<string, Destination>();
  for (const document of documents) {
    const textHash = await sha256Hex(document.text);
    const sameText = index.byHash.get(textHash);
    if (sameText) {
      if (!index.isNew(sameText)) matches.sameText++;
      destinations.set(document.key, destinationFor(sameText, false, document.title));
      continue;
    }
    const sameLink = index.byLink(document.url);
    if (sameLink) {
      matches.differentText++;
      destinations.set(document.key, destinationFor(sameLink, true, document.title));
      continue;
    }
    const size = checkArticleSize(document.text);
    if (!size.ok) {
      return fail(
        `${document.key} ("${cleanTitle(document.title)}"): ${size.message} Nothing from this file was imported.`,
        document.key,
      );
    }
    const created: Article = {
      // Derived from the text, like the match itself: the same article gets the same id in
      // every library, whichever file brought it first.
      id: stableId(['framelens-article', textHash]),
      outletId: outlets.resolve(document.outletName),
      title: cleanTitle(document.title) || 'Untitled',
      url: safeHttpUrl(document.url),
      published: document.published,
      language: document.language,
      text: document.text,
      textHash,
      wordCount: countWords(document.text),
      source: 'import',
      addedAt: input.now,
    };
    index.add(created);
    matches.added++;
    destinations.set(document.key, destinationFor(created, false, document.title));
  }
  return succeed(destinations);
}

function planForeign(
  data: ForeignImport,
  destinations: ReadonlyMap<string, Destination>,
  index: ArticleIndex,
  input: PlanInput,
  labels: LabelProposals,
): Collected {
  const collected = newCollected();
  // Document keys → article ids; W3C and CSV annotations already name library articles.
  const ids = new Map([...destinations].map(([key, destination]) => [key, destination.articleId]));
  const assigned = assignArticles(data, ids);
  const destinationOf = (annotation: Annotation): Destination | null => {
    for (const [key, destination] of destinations) {
      if (destination.articleId === annotation.articleId && ids.get(key)) return destination;
    }
    const article = index.byId.get(annotation.articleId);
    return article ? destinationFor(article, false, article.title) : null;
  };
  const byArticle = new Map<string, Destination | null>();
  const lookup = (annotation: Annotation): Destination | null => {
    if (!byArticle.has(annotation.articleId))
      byArticle.set(annotation.articleId, destinationOf(annotation));
    return byArticle.get(annotation.articleId) ?? null;
  };
  const titleOf = (articleId: string): string => index.byId.get(articleId)?.title ?? '';
  const moves = new Map(data.moves.map((move) => [move.annotationId, move]));

  const take = (annotation: Annotation, group: string, where: string) => {
    const destination = lookup(annotation);
    if (!destination) {
      collected.orphans.push({
        orphan: orphanRecord(input, annotation, 'its article is not in your library', where, ''),
        group,
      });
      return;
    }
    collect(collected, input, destination, annotation, group, where, moves.get(annotation.id));
  };
  for (const [n, annotation] of assigned.annotations.entries())
    take(annotation, KNOWN_LABELS, `annotation ${n + 1}`);
  for (const [n, entry] of assigned.needsLabel.entries()) {
    const label = labels.byName(entry.labelName);
    take(
      { ...entry.annotation, labelId: label.labelId },
      label.group,
      `annotation ${n + 1} (${entry.labelName})`,
    );
  }
  // The parsers' own orphans (article unknown, quote not found) are kept whatever their label:
  // the person picks the label when re-attaching one.
  for (const entry of assigned.orphaned) {
    collected.orphans.push({
      orphan: orphanRecord(
        input,
        entry.annotation,
        entry.reason,
        entry.where,
        titleOf(entry.annotation.articleId),
      ),
      group: KNOWN_LABELS,
    });
  }
  return collected;
}

function annotatorsToAdd(
  fileAnnotators: readonly Annotator[],
  planned: readonly Annotation[],
  input: PlanInput,
): Annotator[] {
  const added = new Map<string, Annotator>();
  const byId = new Map(fileAnnotators.map((annotator) => [annotator.id, annotator]));
  for (const annotation of planned) {
    const id = annotation.annotatorId;
    if (input.library.annotatorIds.has(id) || added.has(id)) continue;
    const fromFile = byId.get(id);
    const annotator =
      id === input.fallbackAnnotator.id
        ? input.fallbackAnnotator
        : (fromFile ?? { id, name: id, role: 'annotator' as const });
    added.set(id, annotator);
  }
  return [...added.values()];
}

/**
 * A file id that is only unique inside the file (see ForeignImport.alternateIds) and already
 * belongs to an annotation on another article gives way to the id derived from its document.
 */
function settleIds(
  collected: Collected,
  alternateIds: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, Annotation>,
): void {
  if (alternateIds.size === 0) return;
  const settle = (annotation: Annotation): Annotation => {
    const alternate = alternateIds.get(annotation.id);
    const stored = existing.get(annotation.id);
    return alternate !== undefined && stored && stored.articleId !== annotation.articleId
      ? { ...annotation, id: alternate }
      : annotation;
  };
  for (const entry of collected.annotations) entry.annotation = settle(entry.annotation);
  for (const entry of collected.orphans)
    entry.orphan = { ...entry.orphan, annotation: settle(entry.orphan.annotation) };
}

/** Takes out the annotations whose id is stored on another article (see OtherArticleConflict). */
function takeOtherArticleConflicts(
  collected: Collected,
  existing: ReadonlyMap<string, Annotation>,
  titleOf: (articleId: string) => string,
): OtherArticleConflict[] {
  const conflicts: OtherArticleConflict[] = [];
  collected.annotations = collected.annotations.filter(({ annotation, group }) => {
    const stored = existing.get(annotation.id);
    if (!stored || stored.articleId === annotation.articleId) return true;
    conflicts.push({
      existing: stored,
      incoming: annotation,
      group,
      existingTitle: titleOf(stored.articleId),
      incomingTitle: titleOf(annotation.articleId),
    });
    return false;
  });
  // An orphan with such an id would, once re-attached, take the stored annotation with it.
  collected.orphans = collected.orphans.filter(({ orphan, group }) => {
    const stored = existing.get(orphan.annotation.id);
    if (!stored || stored.articleId === orphan.annotation.articleId) return true;
    conflicts.push({
      existing: stored,
      incoming: orphan.annotation,
      group,
      existingTitle: titleOf(stored.articleId),
      incomingTitle: orphan.articleTitle || titleOf(orphan.annotation.articleId),
    });
    return false;
  });
  return conflicts;
}

/** Plans an import; fails only when the file cannot be trusted (a text that does not match its hash). */
export async function planImport(
  parsed: ParsedExchangeFile,
  input: PlanInput,
  parseWarnings: readonly string[] = [],
): Promise<ParseResult<ImportPlan>> {
  const warnings = [...parseWarnings];
  const labels = new LabelProposals(input.library.codebook);
  let collected: Collected;
  let index: ArticleIndex;
  let outlets: OutletResolver;
  let matches: ArticleMatchCounts;
  let fileAnnotators: readonly Annotator[] = [];
  let alternateIds: ReadonlyMap<string, string> = new Map();

  if (parsed.format === 'framelens') {
    const native = await planNative(parsed.data, input, labels, warnings);
    if (!native.ok) return native;
    ({ collected, articles: index, outlets, matches } = native.value);
    fileAnnotators = parsed.data.annotators;
  } else {
    index = new ArticleIndex(input.library.articles);
    outlets = new OutletResolver(input.library.outlets);
    matches = { sameText: 0, differentText: 0, added: 0 };
    const documents = parsed.format === 'csv-corpus' ? parsed.data : parsed.data.documents;
    const planned = await planDocuments(documents, input, index, outlets, matches);
    if (!planned.ok) return planned;
    const destinations = planned.value;
    if (parsed.format === 'csv-corpus') {
      collected = newCollected();
    } else {
      collected = planForeign(parsed.data, destinations, index, input, labels);
      fileAnnotators = parsed.data.annotators;
      alternateIds = parsed.data.alternateIds;
    }
  }
  if (collected.skippedRejected > 0) {
    warnings.push(
      `${collected.skippedRejected} rejected ${collected.skippedRejected === 1 ? 'suggestion' : 'suggestions'} could not be placed in the text and ${collected.skippedRejected === 1 ? 'was' : 'were'} skipped`,
    );
  }

  settleIds(collected, alternateIds, input.existing);
  const titleOf = (articleId: string): string => index.byId.get(articleId)?.title ?? '';
  const otherArticle = takeOtherArticleConflicts(collected, input.existing, titleOf);
  const snapped = collected.changes.filter((change) => change.kind === 'snapped').length;
  if (snapped > 0) {
    warnings.push(
      `${snapped} ${snapped === 1 ? 'annotation cut' : 'annotations cut'} a character (an emoji or a letter with its marks) in two and ${snapped === 1 ? 'was' : 'were'} widened to whole characters`,
    );
  }
  const existing = [...input.existing.values()];
  const known = collected.annotations.filter((entry) => entry.group === KNOWN_LABELS);
  const merge = planMerge(
    existing,
    known.map((entry) => entry.annotation),
  );
  const groups = [...labels.groups.values()];
  for (const group of groups) {
    const members = collected.annotations
      .filter((entry) => entry.group === group.key)
      .map((entry) => entry.annotation);
    group.counts = planMerge(existing, members).counts;
    group.counts.conflicting += otherArticle.filter((entry) => entry.group === group.key).length;
    group.orphaned = collected.orphans.filter((entry) => entry.group === group.key).length;
  }

  const planned = [
    ...collected.annotations.map((entry) => entry.annotation),
    ...collected.orphans.map((entry) => entry.orphan.annotation),
  ];
  return succeed(
    {
      fileName: input.fileName,
      format: parsed.format,
      reason: parsed.reason,
      outletsToAdd: outlets.added,
      articlesToAdd: index.added,
      annotatorsToAdd: annotatorsToAdd(fileAnnotators, planned, input),
      annotations: collected.annotations,
      orphans: collected.orphans,
      unknownLabels: groups,
      counts: {
        ...merge.counts,
        conflicting:
          merge.counts.conflicting +
          otherArticle.filter((entry) => entry.group === KNOWN_LABELS).length,
      },
      conflicts: merge.conflicts,
      otherArticleConflicts: otherArticle,
      reanchored: collected.changes.filter((change) => change.kind === 'moved').length,
      snapped,
      spanChanges: collected.changes,
      articleMatches: matches,
      orphansAlreadyListed: collected.orphans.filter((entry) =>
        input.listedOrphanIds.has(entry.orphan.annotation.id),
      ).length,
      warnings,
      offsetUnits: parsed.format === 'doccano' ? parsed.data.offsetUnits : null,
    },
    [],
  );
}
