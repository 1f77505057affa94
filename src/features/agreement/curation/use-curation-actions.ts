import { useMutation } from '@tanstack/react-query';
import {
  getArticle,
  newId,
  nowIso,
  recordCurationStep,
  undoLastCurationStep,
  type PlannedDecision,
} from '../../../db';
import type {
  CurationGroup,
  CurationRecord,
  CurationStepKind,
  CurationVersion,
} from '../../../domain/agreement/curation-types';
import { plannedAccept, plannedReject, type AcceptedVersion } from './curation-plan';

async function articleText(articleId: string): Promise<string> {
  const read = await getArticle(articleId);
  if (!read) throw new Error('An article of this group is no longer in the library.');
  return read.article.text;
}

/** Plans every accepted group of "at least k of n agree", reading each article's text once. */
async function planAgreed(
  curation: CurationRecord,
  accepted: readonly { group: CurationGroup; version: CurationVersion }[],
): Promise<PlannedDecision[]> {
  const articleIds = [...new Set(accepted.map(({ group }) => group.articleId))];
  const texts = new Map(
    await Promise.all(articleIds.map(async (id) => [id, await articleText(id)] as const)),
  );
  const now = nowIso();
  return accepted.map(({ group, version }) =>
    plannedAccept(group, version, {
      goldAnnotatorId: curation.goldAnnotatorId,
      text: texts.get(group.articleId) ?? '',
      id: newId(),
      now,
    }),
  );
}

export type CurationAction =
  | { kind: 'accept' | 'edit'; group: CurationGroup; version: AcceptedVersion }
  | { kind: 'reject'; group: CurationGroup }
  | { kind: 'accept-agreed'; accepted: { group: CurationGroup; version: CurationVersion }[] };

async function plan(curation: CurationRecord, action: CurationAction): Promise<PlannedDecision[]> {
  if (action.kind === 'reject') return [plannedReject(action.group)];
  if (action.kind === 'accept-agreed') return planAgreed(curation, action.accepted);
  const text = await articleText(action.group.articleId);
  const context = { goldAnnotatorId: curation.goldAnnotatorId, text, id: newId(), now: nowIso() };
  return [plannedAccept(action.group, action.version, context)];
}

/** Deciding (one step each) and undoing; the change feed refreshes every view of the data. */
export function useCurationActions(curation: CurationRecord) {
  const decide = useMutation({
    mutationFn: async (action: CurationAction) => {
      const kind: CurationStepKind = action.kind;
      return recordCurationStep(curation.id, kind, await plan(curation, action));
    },
  });
  const undo = useMutation({ mutationFn: () => undoLastCurationStep(curation.id) });
  return { decide, undo };
}
