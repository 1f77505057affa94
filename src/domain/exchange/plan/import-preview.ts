import type { ExchangeFormat } from '../import-file';
import { KIND_INFO } from '../registry/kind-info';
import type { DoccanoUnitsReport } from '../doccano-units';
import type { MergeCounts } from '../merge';
import {
  KNOWN_LABELS,
  type ArticleMatchCounts,
  type ImportPlan,
  type SpanChange,
} from './plan-types';

/**
 * The small, serialisable summary of an import plan that the preview shows (the plan itself,
 * with every record, stays where it was made — in the import worker).
 */

const LIST_LIMIT = 50;

export interface PreviewLabel {
  key: string;
  name: string;
  color: string;
  definedInFile: boolean;
  counts: MergeCounts;
  orphaned: number;
}

export interface PreviewOrphan {
  exact: string;
  reason: string;
  where: string;
  articleTitle: string;
}

export interface PreviewConflict {
  /** Edited on both sides, or the id belongs to an annotation on another article. */
  kind: 'edited' | 'other-article';
  exact: string;
  /** Which copy is kept: the newer one (then the annotator id decides). */
  winner: 'existing' | 'incoming';
  existingUpdatedAt: string;
  incomingUpdatedAt: string;
  /** other-article: the titles of the stored annotation's article and of the file's. */
  existingTitle?: string;
  incomingTitle?: string;
}

export interface ImportPreview {
  fileName: string;
  format: ExchangeFormat;
  formatName: string;
  reason: string;
  /** Annotations in the file (placed and orphaned). */
  total: number;
  /** Merge counts of the annotations whose label is known. */
  counts: MergeCounts;
  orphaned: number;
  orphansAlreadyListed: number;
  /** Annotations moved from their offsets (found again by their quote). */
  reanchored: number;
  /** Annotations widened to whole characters. */
  snapped: number;
  /** The moved and snapped annotations (the first ones). */
  spanChanges: SpanChange[];
  articles: ArticleMatchCounts;
  newArticles: { title: string; outletName: string }[];
  newOutlets: string[];
  newAnnotators: string[];
  unknownLabels: PreviewLabel[];
  orphans: PreviewOrphan[];
  conflicts: PreviewConflict[];
  warnings: string[];
  /** How many warnings there are in all (only the first ones are listed). */
  warningCount: number;
  /** doccano files: the unit of their offsets (the person may switch it; must, if asked). */
  offsetUnits: DoccanoUnitsReport | null;
}

function cut<T>(rows: readonly T[]): T[] {
  return rows.slice(0, LIST_LIMIT);
}

export function summarizeImportPlan(plan: ImportPlan): ImportPreview {
  const outletNames = new Map(plan.outletsToAdd.map((outlet) => [outlet.id, outlet.name]));
  return {
    fileName: plan.fileName,
    format: plan.format,
    formatName: KIND_INFO[plan.format].name,
    reason: plan.reason,
    total: plan.annotations.length + plan.orphans.length,
    counts: plan.counts,
    orphaned: plan.orphans.filter((entry) => entry.group === KNOWN_LABELS).length,
    orphansAlreadyListed: plan.orphansAlreadyListed,
    reanchored: plan.reanchored,
    snapped: plan.snapped,
    spanChanges: cut(plan.spanChanges),
    articles: plan.articleMatches,
    newArticles: cut(plan.articlesToAdd).map((article) => ({
      title: article.title,
      outletName: outletNames.get(article.outletId) ?? '',
    })),
    newOutlets: plan.outletsToAdd.map((outlet) => outlet.name),
    newAnnotators: plan.annotatorsToAdd.map((annotator) => annotator.name),
    unknownLabels: plan.unknownLabels.map((group) => ({
      key: group.key,
      name: group.name,
      color: group.proposed.color,
      definedInFile: group.definedInFile,
      counts: group.counts,
      orphaned: group.orphaned,
    })),
    orphans: cut(plan.orphans).map(({ orphan }) => ({
      exact: orphan.annotation.exact,
      reason: orphan.reason,
      where: orphan.where,
      articleTitle: orphan.articleTitle,
    })),
    conflicts: cut([
      ...plan.otherArticleConflicts.map((conflict): PreviewConflict => ({
        kind: 'other-article',
        exact: conflict.incoming.exact,
        winner: 'existing',
        existingUpdatedAt: conflict.existing.updatedAt,
        incomingUpdatedAt: conflict.incoming.updatedAt,
        existingTitle: conflict.existingTitle,
        incomingTitle: conflict.incomingTitle,
      })),
      ...plan.conflicts.map((conflict): PreviewConflict => ({
        kind: 'edited',
        exact: conflict.incoming.exact,
        winner: conflict.winner,
        existingUpdatedAt: conflict.existing.updatedAt,
        incomingUpdatedAt: conflict.incoming.updatedAt,
      })),
    ]),
    warnings: plan.warnings.slice(0, 100),
    warningCount: plan.warnings.length,
    offsetUnits: plan.offsetUnits,
  };
}
