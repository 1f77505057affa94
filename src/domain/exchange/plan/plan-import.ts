import type { Annotator, Annotation } from '../../types';
import type { ParsedExchangeFile } from '../import-file';
import { planMerge } from '../merge';
import { succeed, type ParseResult } from '../result';
import { ArticleIndex, planDocuments } from './article-matching';
import { settleIds, takeOtherArticleConflicts } from './conflicts';
import { LabelProposals } from './label-proposals';
import { OutletResolver } from './outlet-matching';
import { newCollected, type Collected } from './place-annotation';
import { planForeign } from './plan-foreign';
import { planNative } from './plan-native';
import {
  KNOWN_LABELS,
  type ArticleMatchCounts,
  type ImportPlan,
  type PlanInput,
} from './plan-types';

/** Plans an import against a snapshot of the library (see plan-types.ts): pure, writes nothing. */

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
