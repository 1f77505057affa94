import { quoteSelector } from '../../text/quote-selector';
import type { Annotation, Codebook } from '../../types';
import {
  ImportCollector,
  makeActorLookup,
  makeLabelLookup,
  type ForeignImport,
} from '../foreign-import';
import { isJsonObject, parseJsonText } from '../read-input';
import { describeIssueAt, describeValue, fail, succeed, type ParseResult } from '../result';
import { stableId } from '../stable-id';
import { findArticle, indexArticles, placeW3cTarget, type ArticleIndex } from './place-w3c-target';
import { readW3cBodies, type BodyReading } from './read-w3c-bodies';
import { itemPlace, readW3cItems } from './read-w3c-items';
import { readW3cCreator, readW3cTarget, type TargetReading } from './read-w3c-target';
import { ANNOTATION_URN, fromIri, type W3cArticle } from './w3c-ids';
import { hasType, type Json } from './w3c-json';
import { w3cTimesSchema } from './w3c-schemas';

export interface W3cParseContext {
  /** Articles in the library, to resolve targets and convert code points to UTF-16. */
  articles: readonly W3cArticle[];
  codebook: Codebook;
  /** Used when an annotation names no creator. */
  fallbackAnnotatorId: string;
  /** Used for created/modified when an annotation has none (e.g. the file's time). */
  importedAt: string;
}

/** What one parse carries from item to item. */
interface W3cRun {
  context: W3cParseContext;
  collector: ImportCollector;
  findLabel: ReturnType<typeof makeLabelLookup>;
  findActor: ReturnType<typeof makeActorLookup>;
  articles: ArticleIndex;
  unknownTargets: Set<string>;
  skipped: number;
}

function readTimes(item: Json, at: string, importedAt: string): ParseResult<[string, string]> {
  const parsed = w3cTimesSchema.safeParse(item, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeIssueAt(at, parsed.error) };
  const created = parsed.data.created ?? importedAt;
  return succeed([created, parsed.data.modified ?? created]);
}

function unplacedAnnotation(
  run: W3cRun,
  item: Json,
  body: BodyReading,
  target: TargetReading,
  times: [string, string],
): Annotation {
  const { source, quote, position } = target;
  const label = run.findLabel(body.labelHint) ?? run.findLabel(body.labelName);
  return {
    id:
      typeof item.id === 'string'
        ? fromIri(item.id, ANNOTATION_URN)
        : stableId(['w3c', source, quote?.exact ?? '', String(position?.start), body.labelName]),
    articleId: findArticle(run.articles, target)?.article.id ?? source,
    start: 0,
    end: 0,
    exact: quote?.exact ?? '',
    prefix: quote?.prefix ?? '',
    suffix: quote?.suffix ?? '',
    labelId: label?.id ?? '',
    target: body.target,
    valence: body.valence,
    voice: body.voice,
    note: body.note,
    annotatorId: readW3cCreator(item)?.id ?? run.context.fallbackAnnotatorId,
    status: 'accepted',
    createdAt: times[0],
    updatedAt: times[1],
    deleted: 0,
  };
}

/** Places the annotation in its article's text, or lists it as orphaned. */
function collect(
  run: W3cRun,
  at: string,
  annotation: Annotation,
  target: TargetReading,
  body: BodyReading,
): void {
  const entry = findArticle(run.articles, target);
  if (!entry) {
    const reason = `its article (${target.source || 'no source'}) is not in your library`;
    run.collector.orphan(at, annotation, reason);
    return;
  }
  const span = placeW3cTarget(entry, target);
  if ('reason' in span) {
    run.collector.orphan(at, annotation, span.reason);
    return;
  }
  const placed: Annotation = {
    ...annotation,
    start: span.start,
    end: span.end,
    ...quoteSelector(entry.article.text, span.start, span.end),
  };
  if (span.moved !== null && target.position) {
    const from = { start: target.position.start, end: target.position.end };
    run.collector.moved({ annotationId: placed.id, where: at, from, reason: span.moved });
  }
  const known = (run.findLabel(body.labelHint) ?? run.findLabel(body.labelName)) !== null;
  run.collector.add(placed, body.labelName, known);
}

function readItem(run: W3cRun, item: unknown, at: string): ParseResult<true> {
  if (!isJsonObject(item) || !hasType(item, 'Annotation')) {
    const type = isJsonObject(item) ? item.type : item;
    return fail(`${at} is not an Annotation (its type is ${describeValue(type)})`, at);
  }
  const times = readTimes(item, at, run.context.importedAt);
  if (!times.ok) return times;
  const bodies = readW3cBodies(item, at, run.findActor);
  if (!bodies.ok) return bodies;
  const body = bodies.value;
  if (body === null) {
    run.skipped++;
    return succeed(true);
  }
  if (body.unknownTarget !== null) run.unknownTargets.add(body.unknownTarget);
  const target = readW3cTarget(item, at);
  if (!target.ok) return target;
  const creator = readW3cCreator(item);
  if (creator) run.collector.addAnnotator({ ...creator, role: 'annotator' });
  const annotation = unplacedAnnotation(run, item, body, target.value, times.value);
  collect(run, at, annotation, target.value, body);
  return succeed(true);
}

function runWarnings(run: W3cRun): string[] {
  const warnings: string[] = [];
  if (run.unknownTargets.size > 0) {
    const list = [...run.unknownTargets].map((t) => `"${t}"`).join(', ');
    warnings.push(`targets not in the codebook were left empty: ${list}`);
  }
  const { skipped } = run;
  if (skipped > 0) {
    warnings.push(
      `${skipped} ${skipped === 1 ? 'annotation has' : 'annotations have'} no tag (label) body and ${skipped === 1 ? 'was' : 'were'} skipped`,
    );
  }
  return warnings;
}

export function parseW3cValue(
  value: unknown,
  context: W3cParseContext,
): ParseResult<ForeignImport> {
  const found = readW3cItems(value);
  if (!found.ok) return found;
  const run: W3cRun = {
    context,
    collector: new ImportCollector(),
    findLabel: makeLabelLookup(context.codebook),
    findActor: makeActorLookup(context.codebook),
    articles: indexArticles(context.articles),
    unknownTargets: new Set(),
    skipped: 0,
  };
  for (const [index, item] of found.value.items.entries()) {
    const read = readItem(run, item, itemPlace(found.value, index, Array.isArray(value)));
    if (!read.ok) return read;
  }
  return succeed(run.collector.result, runWarnings(run));
}

export function parseW3c(text: string, context: W3cParseContext): ParseResult<ForeignImport> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseW3cValue(json.value, context);
}
