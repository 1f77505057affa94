import Dexie from 'dexie';
import type {
  CurationDecision,
  CurationOutcome,
  CurationRecord,
  CurationStep,
  CurationStepKind,
} from '../../domain/agreement/curation-types';
import { goldAnnotatorName } from '../../domain/agreement/gold-names';
import type { Annotation, Annotator } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId, nowIso } from '../ids';

/*
 * Curations (adjudication into a gold set): the record, the gold annotator it writes under, and
 * its undoable steps. Each write touches several tables in one transaction.
 */

export interface NewCuration {
  curatorName: string;
  annotatorIds: string[];
  articleIds: string[];
  now: string;
}

/** "Gold — curated by NAME", or "… (2)", "(3)" when an annotator already has that name. */
function goldName(curatorName: string, taken: ReadonlySet<string>): string {
  const base = goldAnnotatorName(curatorName);
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

/** Starts a curation: writes its gold annotator and its record together. */
export async function createCuration(
  input: NewCuration,
  database: FrameLensDatabase = defaultDb,
): Promise<CurationRecord> {
  const curatorName = input.curatorName.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (curatorName === '') throw new Error('A curation needs its curator’s name.');
  if (new Set(input.annotatorIds).size < 2) {
    throw new Error('Choose at least two annotators to curate.');
  }
  if (input.articleIds.length === 0) throw new Error('Choose at least one article to curate.');
  return database.transaction('rw', [database.annotators, database.curations], async () => {
    const taken = new Set(
      (await database.annotators.toArray()).map((annotator) => annotator.name.toLocaleLowerCase()),
    );
    const gold: Annotator = { id: newId(), name: goldName(curatorName, taken), role: 'annotator' };
    const record: CurationRecord = {
      id: newId(),
      curatorName,
      goldAnnotatorId: gold.id,
      annotatorIds: [...new Set(input.annotatorIds)],
      articleIds: [...new Set(input.articleIds)],
      createdAt: input.now,
      updatedAt: input.now,
    };
    await database.annotators.add(gold);
    await database.curations.add(record);
    return record;
  });
}

function stepsOf(curationId: string, database: FrameLensDatabase) {
  return database.curationSteps
    .where('[curationId+seq]')
    .between([curationId, Dexie.minKey], [curationId, Dexie.maxKey]);
}

/** A decision to record: the gold annotation to write when the group is accepted. */
export interface PlannedDecision {
  groupKey: string;
  articleId: string;
  outcome: CurationOutcome;
  annotation: Annotation | null;
}

function checkPlanned(
  record: CurationRecord,
  kind: CurationStepKind,
  planned: readonly PlannedDecision[],
): void {
  if (planned.length === 0) throw new Error('Nothing to record: no group was decided.');
  if (kind !== 'accept-agreed' && planned.length > 1) {
    throw new Error('One group is decided at a time (only "accept agreed" decides several).');
  }
  const wanted: CurationOutcome = kind === 'reject' ? 'rejected' : 'accepted';
  for (const decision of planned) {
    if (decision.outcome !== wanted) {
      throw new Error(`A "${kind}" step cannot record a group as ${decision.outcome}.`);
    }
    const gold = decision.annotation;
    if ((decision.outcome === 'accepted') !== (gold !== null)) {
      throw new Error('An accepted group writes one gold annotation; a rejected one writes none.');
    }
    if (
      gold &&
      (gold.annotatorId !== record.goldAnnotatorId || gold.articleId !== decision.articleId)
    ) {
      throw new Error('A gold annotation must belong to this curation’s gold set and article.');
    }
  }
}

/**
 * Records one undoable step (seq = last + 1) and writes its gold annotations. A group that is
 * already decided is refused, and then nothing is written.
 */
export async function recordCurationStep(
  curationId: string,
  kind: CurationStepKind,
  planned: readonly PlannedDecision[],
  database: FrameLensDatabase = defaultDb,
  now: string = nowIso(),
): Promise<CurationStep> {
  const tables = [database.curations, database.curationSteps, database.annotations];
  return database.transaction('rw', tables, async () => {
    const record = await database.curations.get(curationId);
    if (!record) throw new Error('This curation is no longer in the library.');
    checkPlanned(record, kind, planned);
    const steps = await stepsOf(curationId, database).toArray();
    const decided = new Set(steps.flatMap((step) => step.decisions.map((d) => d.groupKey)));
    const keys = new Set<string>();
    for (const { groupKey } of planned) {
      if (decided.has(groupKey) || keys.has(groupKey)) {
        throw new Error('This group is already decided: undo that decision first.');
      }
      keys.add(groupKey);
    }
    const decisions: CurationDecision[] = planned.map((decision) => ({
      groupKey: decision.groupKey,
      articleId: decision.articleId,
      outcome: decision.outcome,
      annotationId: decision.annotation?.id ?? null,
    }));
    const annotations = planned.flatMap((decision) => decision.annotation ?? []);
    const step: CurationStep = {
      curationId,
      seq: (steps.at(-1)?.seq ?? 0) + 1,
      at: now,
      kind,
      decisions,
    };
    if (annotations.length > 0) await database.annotations.bulkPut(annotations);
    await database.curationSteps.add(step);
    await database.curations.update(curationId, { updatedAt: now });
    return step;
  });
}

/**
 * Undoes the last step: its gold annotations become tombstones (so that a merge carries the
 * removal) and the step is deleted. Returns the undone step, or null when there was none.
 */
export async function undoLastCurationStep(
  curationId: string,
  database: FrameLensDatabase = defaultDb,
  now: string = nowIso(),
): Promise<CurationStep | null> {
  const tables = [database.curations, database.curationSteps, database.annotations];
  return database.transaction('rw', tables, async () => {
    const last = await stepsOf(curationId, database).last();
    if (!last) return null;
    const ids = last.decisions.flatMap((decision) => decision.annotationId ?? []);
    const written = await database.annotations.bulkGet(ids);
    const tombstones = written
      .filter((annotation): annotation is Annotation => annotation !== undefined)
      .map((annotation) => ({ ...annotation, deleted: 1 as const, updatedAt: now }));
    if (tombstones.length > 0) await database.annotations.bulkPut(tombstones);
    await database.curationSteps.delete([curationId, last.seq]);
    await database.curations.update(curationId, { updatedAt: now });
    return last;
  });
}

/** A curation as the Gold sets list shows it. */
export interface CurationSummary extends CurationRecord {
  goldAnnotatorName: string;
  decisions: number;
}

export async function listCurations(
  database: FrameLensDatabase = defaultDb,
): Promise<CurationSummary[]> {
  const tables = [database.curations, database.curationSteps, database.annotators];
  return database.transaction('r', tables, async () => {
    const records = await database.curations.toArray();
    const golds = await database.annotators.bulkGet(records.map((r) => r.goldAnnotatorId));
    const summaries = await Promise.all(
      records.map(async (record, i) => {
        const steps = await stepsOf(record.id, database).toArray();
        return {
          ...record,
          goldAnnotatorName: golds[i]?.name ?? goldAnnotatorName(record.curatorName),
          decisions: steps.reduce((sum, step) => sum + step.decisions.length, 0),
        };
      }),
    );
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}

/** One curation with its gold annotator's name; null when it is not in the library. */
export async function getCuration(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<(CurationRecord & { goldAnnotatorName: string }) | null> {
  return database.transaction('r', [database.curations, database.annotators], async () => {
    const record = await database.curations.get(id);
    if (!record) return null;
    const gold = await database.annotators.get(record.goldAnnotatorId);
    return { ...record, goldAnnotatorName: gold?.name ?? goldAnnotatorName(record.curatorName) };
  });
}

/** The curation's steps, in order (seq 1, 2, …). */
export async function listCurationSteps(
  curationId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<CurationStep[]> {
  return stepsOf(curationId, database).toArray();
}

/** The gold annotation an accepted decision wrote (null when it is gone). */
export async function getGoldAnnotation(
  annotationId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<Annotation | null> {
  return (await database.annotations.get(annotationId)) ?? null;
}
