import type { Annotation, Annotator, Article, Codebook, Label, Outlet } from '../../types';
import type { DoccanoUnitsReport } from '../doccano-units';
import type { ExchangeFormat } from '../import-file';
import type { MergeConflict, MergeCounts } from '../merge';

/**
 * Turns a parsed exchange file into an import plan against a snapshot of the library: which
 * articles are already there (same textHash; for FrameLens files also the same id; else the
 * same http(s) link, with the annotations re-anchored because the text differs), which
 * articles, outlets and annotators are new, where every annotation lands (re-anchored when its
 * quote is not at its offsets, widened when an edge cuts a character — each such change listed),
 * which are orphaned, which ids belong to annotations on other articles (conflicts: an import
 * never moves an annotation to another article), which labels are unknown, and the merge
 * counts. Nothing here touches the database: the plan is previewed first and written by
 * `commitImport` (src/db) in one transaction.
 */

/** An annotation that could not be placed, as the orphans list keeps it. */
export interface OrphanRecord {
  /** The annotation as imported; `articleId` is the article it was meant for (may be unknown). */
  annotation: Annotation;
  /** Why it could not be placed, e.g. `“regime” was not found in the text`. */
  reason: string;
  /** Where it was in the file: `annotations[3]`, `row 7`, `line 4`. */
  where: string;
  fileName: string;
  /** The title of the article it was made on, as the file named it. */
  articleTitle: string;
  importedAt: string;
}

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
  orphan: OrphanRecord;
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
