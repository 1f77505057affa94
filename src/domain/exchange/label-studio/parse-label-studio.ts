import type { Annotation, Codebook } from '../../types';
import {
  ImportCollector,
  makeActorLookup,
  makeLabelLookup,
  type ForeignImport,
} from '../foreign-import';
import { isJsonObject, parseJsonText } from '../read-input';
import { fail, succeed, type ParseResult } from '../result';
import { isUuid, stableId } from '../stable-id';
import { timeOr } from './label-studio-schemas';
import {
  placeRegion,
  readRegion,
  readRegionAttributes,
  type RegionPlacement,
  type RegionReading,
} from './read-label-studio-region';
import { annotatorOf, readTask, readTasks, type TaskReading } from './read-label-studio-task';

export interface LabelStudioParseContext {
  codebook: Codebook;
  /** Used when a Label Studio annotation names nobody. */
  fallbackAnnotatorId: string;
  /** Used when a task has no timestamps (e.g. the file's modification time). */
  importedAt: string;
  /** Outlet for tasks whose data has none. */
  defaultOutletName: string;
}

/** What one parse carries from task to task. */
interface LabelStudioRun {
  context: LabelStudioParseContext;
  collector: ImportCollector;
  findLabel: ReturnType<typeof makeLabelLookup>;
  findActor: ReturnType<typeof makeActorLookup>;
  warnings: string[];
  usedIds: Set<string>;
  unknownTargets: Set<string>;
  renamed: number;
  predictions: number;
}

/** Where a region is, and who made it when. */
interface RegionOwner {
  task: TaskReading;
  annotationIndex: number;
  resultAt: string;
  annotatorId: string;
}

/**
 * A FrameLens export writes annotation ids as region ids (with meta.framelens): such an id is
 * kept, with the derived id to fall back on if it is on another article.
 */
function annotationId(
  run: LabelStudioRun,
  owner: RegionOwner,
  region: RegionReading,
  labelIndex: number,
  labelName: string,
): string {
  const { regionId } = region;
  const { textId, key } = owner.task;
  const derived = stableId(
    labelIndex === 0
      ? ['label-studio', textId, regionId]
      : ['label-studio', textId, regionId, labelName],
  );
  const own = labelIndex === 0 && (isUuid(regionId) || region.fromFrameLens);
  let id = own ? regionId : derived;
  if (run.usedIds.has(id)) {
    const index = String(owner.annotationIndex);
    id = stableId(['label-studio', key, textId, index, regionId, labelName]);
    run.renamed++;
  } else if (own) run.collector.result.alternateIds.set(id, derived);
  run.usedIds.add(id);
  return id;
}

function addLabel(
  run: LabelStudioRun,
  owner: RegionOwner,
  region: RegionReading,
  where: RegionPlacement,
  labelIndex: number,
): void {
  const labelName = region.labelNames[labelIndex] ?? '';
  const { placement, outside } = where;
  const id = annotationId(run, owner, region, labelIndex, labelName);
  const label = run.findLabel(labelName);
  const target = region.target === undefined ? null : (run.findActor(region.target)?.id ?? null);
  const annotation: Annotation = {
    id,
    articleId: owner.task.key,
    start: placement.ok ? placement.start : 0,
    end: placement.ok ? placement.end : 0,
    exact: placement.ok ? placement.exact : (region.quote ?? ''),
    prefix: placement.ok ? placement.prefix : '',
    suffix: placement.ok ? placement.suffix : '',
    labelId: label?.id ?? '',
    target,
    valence: region.valence,
    voice: region.voice,
    note: region.note,
    annotatorId: owner.annotatorId,
    status: 'accepted',
    createdAt: region.createdAt,
    updatedAt: region.updatedAt,
    deleted: 0,
  };
  if (!placement.ok) {
    run.collector.orphan(owner.resultAt, annotation, placement.reason);
    return;
  }
  if (placement.moved) {
    const { start, end } = region;
    const reason = outside ?? `the text at offsets ${start}–${end} is not its quote`;
    run.collector.moved({ annotationId: id, where: owner.resultAt, from: { start, end }, reason });
  }
  run.collector.add(annotation, labelName, label !== null);
}

function readLsAnnotation(
  run: LabelStudioRun,
  task: TaskReading,
  lsAnnotation: unknown,
  annotationAt: string,
  annotationIndex: number,
): ParseResult<true> {
  if (!isJsonObject(lsAnnotation)) return fail(`${annotationAt} must be an object`, annotationAt);
  if (lsAnnotation.was_cancelled === true) return succeed(true);
  const results = Array.isArray(lsAnnotation.result) ? lsAnnotation.result : [];
  const annotator = annotatorOf(lsAnnotation);
  if (annotator) run.collector.addAnnotator({ ...annotator, role: 'annotator' });
  const created = timeOr(lsAnnotation.created_at, run.context.importedAt);
  const updated = timeOr(lsAnnotation.updated_at, created);
  const attributes = readRegionAttributes(results);
  const annotatorId = annotator?.id ?? run.context.fallbackAnnotatorId;
  for (const [resultIndex, result] of results.entries()) {
    const resultAt = `${annotationAt}.result[${resultIndex}]`;
    const place = { resultAt, annotationAt, created, updated };
    const region = readRegion(result, resultIndex, attributes, place);
    if (!region.ok) return region;
    if (region.value === null) continue;
    const reading = region.value;
    if (reading.target !== undefined && run.findActor(reading.target) === null) {
      run.unknownTargets.add(reading.target);
    }
    const where = placeRegion(reading, task.text, task.converter);
    const owner: RegionOwner = { task, annotationIndex, resultAt, annotatorId };
    for (const labelIndex of reading.labelNames.keys()) {
      addLabel(run, owner, reading, where, labelIndex);
    }
  }
  return succeed(true);
}

function readOneTask(run: LabelStudioRun, task: unknown, taskIndex: number): ParseResult<true> {
  const read = readTask(task, taskIndex, run.context.defaultOutletName, run.warnings);
  if (!read.ok) return read;
  run.collector.result.documents.push(read.value.document);
  run.predictions += read.value.predictions;
  for (const [annotationIndex, lsAnnotation] of read.value.lsAnnotations.entries()) {
    const annotationAt = `tasks[${taskIndex}].annotations[${annotationIndex}]`;
    const done = readLsAnnotation(run, read.value, lsAnnotation, annotationAt, annotationIndex);
    if (!done.ok) return done;
  }
  return succeed(true);
}

function runWarnings(run: LabelStudioRun): string[] {
  const { warnings, unknownTargets, renamed, predictions } = run;
  if (unknownTargets.size > 0) {
    warnings.push(
      `targets not in the codebook were left empty: ${[...unknownTargets].map((t) => `"${t}"`).join(', ')}`,
    );
  }
  if (renamed > 0) warnings.push(`${renamed} region ids were used twice and were given new ids`);
  if (predictions > 0) {
    warnings.push(
      `${predictions} Label Studio predictions were ignored (only annotations are imported)`,
    );
  }
  return warnings;
}

export function parseLabelStudioValue(
  value: unknown,
  context: LabelStudioParseContext,
): ParseResult<ForeignImport> {
  const tasks = readTasks(value);
  if (!tasks.ok) return tasks;
  const run: LabelStudioRun = {
    context,
    collector: new ImportCollector(),
    findLabel: makeLabelLookup(context.codebook),
    findActor: makeActorLookup(context.codebook),
    warnings: [],
    usedIds: new Set(),
    unknownTargets: new Set(),
    renamed: 0,
    predictions: 0,
  };
  for (const [taskIndex, task] of tasks.value.entries()) {
    const read = readOneTask(run, task, taskIndex);
    if (!read.ok) return read;
  }
  return succeed(run.collector.result, runWarnings(run));
}

export function parseLabelStudio(
  text: string,
  context: LabelStudioParseContext,
): ParseResult<ForeignImport> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseLabelStudioValue(json.value, context);
}
