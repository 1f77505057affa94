import { isValidPartialDate } from '../dates';
import { makeOffsetConverter } from '../text/quote-selector';
import type { Annotation, Annotator, Article, Codebook, Outlet, Voice } from '../types';
import {
  ImportCollector,
  makeActorLookup,
  makeLabelLookup,
  makePlacementText,
  placeSpan,
  type ForeignImport,
} from './foreign-import';
import { isJsonObject, parseJsonText } from './read-input';
import { describeValue, fail, succeed, type ParseResult } from './result';
import { keepSafeUrl } from './safe-url';
import { isUuid, stableId } from './stable-id';

/**
 * Label Studio JSON: a list of tasks, `{ id, data: { text, outlet, title, … }, annotations:
 * [{ result: [...] }] }`, one Label Studio annotation per FrameLens annotator.
 *
 * Offsets: Label Studio's Text tag counts Unicode code points — its own end-to-end test
 * ("Should calculate offsets by code points in text", web/libs/editor/tests/integration/e2e/
 * ner/emoji.cy.ts) expects start 21 for "test" in "🐱 Warning: This is a test text", where
 * JavaScript's UTF-16 index is 22. So offsets are converted UTF-16 ⇄ code points here.
 *
 * Each span is a `labels` result (from_name "label", to_name "text"); its attributes are
 * per-region results with the same id: `choices` "target" (actor id), `choices` "voice",
 * `number` "valence". The note is the region's `meta.text`; per-span timestamps travel in
 * `meta.framelens`. `labelStudioConfig()` writes a matching labeling config.
 */

export interface LabelStudioSerializeInput {
  articles: readonly Article[];
  outlets: readonly Outlet[];
  annotations: readonly Annotation[];
  annotators: readonly Annotator[];
  codebook: Codebook;
}

interface SpanValue {
  start: number;
  end: number;
  text: string;
}

export type LabelStudioResult =
  | {
      id: string;
      type: 'labels';
      from_name: 'label';
      to_name: 'text';
      origin: 'manual';
      value: SpanValue & { labels: string[] };
      meta: { text?: string[]; framelens: { createdAt: string; updatedAt: string } };
    }
  | {
      id: string;
      type: 'choices';
      from_name: 'target' | 'voice';
      to_name: 'text';
      origin: 'manual';
      value: SpanValue & { choices: string[] };
    }
  | {
      id: string;
      type: 'number';
      from_name: 'valence';
      to_name: 'text';
      origin: 'manual';
      value: SpanValue & { number: number };
    };

export interface LabelStudioTask {
  id: number;
  data: {
    text: string;
    outlet: string;
    title: string;
    url: string;
    published: string;
    language: string;
    textHash: string;
  };
  annotations: {
    result: LabelStudioResult[];
    created_at: string;
    updated_at: string;
    framelens_annotator: { id: string; name: string };
  }[];
}

export function buildLabelStudioTasks(input: LabelStudioSerializeInput): LabelStudioTask[] {
  const outlets = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const labels = new Map(input.codebook.labels.map((label) => [label.id, label.name]));
  const annotators = new Map(input.annotators.map((annotator) => [annotator.id, annotator.name]));
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of input.annotations) {
    if (annotation.deleted === 1 || annotation.status !== 'accepted') continue;
    const list = byArticle.get(annotation.articleId);
    if (list) list.push(annotation);
    else byArticle.set(annotation.articleId, [annotation]);
  }
  return input.articles.map((article, index) => {
    const converter = makeOffsetConverter(article.text);
    const byAnnotator = new Map<string, Annotation[]>();
    for (const annotation of byArticle.get(article.id) ?? []) {
      const list = byAnnotator.get(annotation.annotatorId);
      if (list) list.push(annotation);
      else byAnnotator.set(annotation.annotatorId, [annotation]);
    }
    const annotations = [...byAnnotator].map(([annotatorId, list]) => {
      const result: LabelStudioResult[] = [];
      for (const annotation of list) {
        const span: SpanValue = {
          start: converter.toCodePoint(annotation.start),
          end: converter.toCodePoint(annotation.end),
          text: annotation.exact,
        };
        const common = { id: annotation.id, to_name: 'text', origin: 'manual' } as const;
        result.push({
          ...common,
          type: 'labels',
          from_name: 'label',
          value: { ...span, labels: [labels.get(annotation.labelId) ?? annotation.labelId] },
          meta: {
            ...(annotation.note === '' ? {} : { text: [annotation.note] }),
            framelens: { createdAt: annotation.createdAt, updatedAt: annotation.updatedAt },
          },
        });
        if (annotation.target !== null) {
          result.push({
            ...common,
            type: 'choices',
            from_name: 'target',
            value: { ...span, choices: [annotation.target] },
          });
        }
        result.push({
          ...common,
          type: 'choices',
          from_name: 'voice',
          value: { ...span, choices: [annotation.voice] },
        });
        result.push({
          ...common,
          type: 'number',
          from_name: 'valence',
          value: { ...span, number: annotation.valence },
        });
      }
      const created = list.map((a) => a.createdAt).sort()[0] ?? '';
      const updated =
        list
          .map((a) => a.updatedAt)
          .sort()
          .at(-1) ?? '';
      return {
        result,
        created_at: created,
        updated_at: updated,
        framelens_annotator: { id: annotatorId, name: annotators.get(annotatorId) ?? annotatorId },
      };
    });
    return {
      id: index + 1,
      data: {
        text: article.text,
        outlet: outlets.get(article.outletId) ?? '',
        title: article.title,
        url: article.url ?? '',
        published: article.published,
        language: article.language,
        textHash: article.textHash,
      },
      annotations,
    };
  });
}

export function serializeLabelStudio(input: LabelStudioSerializeInput): string {
  const tasks = buildLabelStudioTasks(input);
  return `[\n${tasks.map((task) => `  ${JSON.stringify(task)}`).join(',\n')}\n]\n`;
}

function xmlAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A Label Studio labeling config that shows every field the export writes. */
export function labelStudioConfig(codebook: Codebook): string {
  const labels = codebook.labels
    .map(
      (label) =>
        `    <Label value="${xmlAttribute(label.name)}" background="${xmlAttribute(label.color)}"/>`,
    )
    .join('\n');
  const actors = codebook.actors
    .map(
      (actor) =>
        `    <Choice value="${xmlAttribute(actor.id)}" hint="${xmlAttribute(actor.name)}"/>`,
    )
    .join('\n');
  return [
    '<View>',
    '  <Labels name="label" toName="text">',
    labels,
    '  </Labels>',
    '  <Text name="text" value="$text"/>',
    '  <Choices name="target" toName="text" perRegion="true" choice="single">',
    actors,
    '  </Choices>',
    '  <Choices name="voice" toName="text" perRegion="true" choice="single">',
    '    <Choice value="own"/>',
    '    <Choice value="quoted"/>',
    '    <Choice value="attributed"/>',
    '  </Choices>',
    '  <Number name="valence" toName="text" perRegion="true" min="-2" max="2"/>',
    '</View>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Parsing

export interface LabelStudioParseContext {
  codebook: Codebook;
  /** Used when a Label Studio annotation names nobody. */
  fallbackAnnotatorId: string;
  /** Used when a task has no timestamps (e.g. the file's modification time). */
  importedAt: string;
  /** Outlet for tasks whose data has none. */
  defaultOutletName: string;
}

type Json = Record<string, unknown>;

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

function isoOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && ISO.test(value) ? value : fallback;
}

function stringField(data: Json, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : '';
}

/** The annotator a Label Studio annotation names, or null (the importing person is used). */
function annotatorOf(annotation: Json): { id: string; name: string } | null {
  const own = annotation.framelens_annotator;
  if (isJsonObject(own) && typeof own.id === 'string' && own.id !== '') {
    return { id: own.id, name: typeof own.name === 'string' ? own.name : own.id };
  }
  const by = annotation.completed_by;
  if (typeof by === 'number' || (typeof by === 'string' && by !== '')) {
    return { id: `label-studio-user-${by}`, name: `Label Studio user ${by}` };
  }
  if (isJsonObject(by) && (typeof by.id === 'number' || typeof by.id === 'string')) {
    const name = typeof by.email === 'string' ? by.email : `Label Studio user ${by.id}`;
    return { id: `label-studio-user-${by.id}`, name };
  }
  return null;
}

interface RegionAttributes {
  target?: string;
  voice?: string;
  valence?: number;
}

export function parseLabelStudioValue(
  value: unknown,
  context: LabelStudioParseContext,
): ParseResult<ForeignImport> {
  const tasks = Array.isArray(value)
    ? value
    : isJsonObject(value) && 'data' in value
      ? [value]
      : null;
  if (!tasks) {
    return fail(
      `The file holds ${describeValue(value)}; Label Studio JSON is a list of tasks ([{ "data": { "text": … }, "annotations": […] }]).`,
      '(root)',
    );
  }
  const warnings: string[] = [];
  const collector = new ImportCollector();
  const findLabel = makeLabelLookup(context.codebook);
  const findActor = makeActorLookup(context.codebook);
  const usedIds = new Set<string>();
  let renamed = 0;
  let predictions = 0;
  const unknownTargets = new Set<string>();

  for (const [taskIndex, task] of tasks.entries()) {
    const at = `tasks[${taskIndex}]`;
    if (!isJsonObject(task)) return fail(`${at} must be a task object`, at);
    const data = task.data;
    if (!isJsonObject(data))
      return fail(`${at}.data must be an object holding the text`, `${at}.data`);
    if (typeof data.text !== 'string') {
      return fail(
        `${at}.data.text ${data.text === undefined ? 'is missing' : 'must be a string'} (the text that was labeled)`,
        `${at}.data.text`,
      );
    }
    const key = `label-studio:${typeof task.id === 'number' || typeof task.id === 'string' ? task.id : taskIndex + 1}`;
    const text = makePlacementText(data.text);
    // Region ids are only unique inside a task: annotation ids are derived from the text too.
    const textId = stableId(['label-studio-text', text.stored]);
    const published = stringField(data, 'published');
    if (published !== '' && !isValidPartialDate(published)) {
      warnings.push(
        `${at}.data.published "${published}" is not a date like 2024-09-30; left empty`,
      );
    }
    collector.result.documents.push({
      key,
      text: text.stored,
      outletName: stringField(data, 'outlet') || context.defaultOutletName,
      title: stringField(data, 'title') || (text.stored.split('\n')[0] ?? '').slice(0, 200),
      url: keepSafeUrl(
        stringField(data, 'url'),
        `${at} ("${stringField(data, 'title')}")`,
        warnings,
      ),
      published: isValidPartialDate(published) ? published : '',
      language: stringField(data, 'language'),
    });
    if (Array.isArray(task.predictions)) predictions += task.predictions.length;
    const converter = makeOffsetConverter(data.text);
    const lsAnnotations = Array.isArray(task.annotations)
      ? task.annotations
      : Array.isArray(task.completions)
        ? task.completions
        : [];

    for (const [annotationIndex, lsAnnotation] of lsAnnotations.entries()) {
      const annotationAt = `${at}.annotations[${annotationIndex}]`;
      if (!isJsonObject(lsAnnotation))
        return fail(`${annotationAt} must be an object`, annotationAt);
      if (lsAnnotation.was_cancelled === true) continue;
      const results = Array.isArray(lsAnnotation.result) ? lsAnnotation.result : [];
      const annotator = annotatorOf(lsAnnotation);
      if (annotator) collector.addAnnotator({ ...annotator, role: 'annotator' });
      const annotationCreated = isoOr(lsAnnotation.created_at, context.importedAt);
      const annotationUpdated = isoOr(lsAnnotation.updated_at, annotationCreated);

      // Per-region attributes first, keyed by region id.
      const attributes = new Map<string, RegionAttributes>();
      for (const result of results) {
        if (!isJsonObject(result) || typeof result.id !== 'string' || !isJsonObject(result.value))
          continue;
        const entry = attributes.get(result.id) ?? {};
        const choices = result.value.choices;
        if (result.type === 'choices' && Array.isArray(choices) && typeof choices[0] === 'string') {
          if (result.from_name === 'target') entry.target = choices[0];
          if (result.from_name === 'voice') entry.voice = choices[0];
        }
        if (
          result.type === 'number' &&
          result.from_name === 'valence' &&
          typeof result.value.number === 'number'
        ) {
          entry.valence = result.value.number;
        }
        attributes.set(result.id, entry);
      }

      for (const [resultIndex, result] of results.entries()) {
        const resultAt = `${annotationAt}.result[${resultIndex}]`;
        if (!isJsonObject(result) || result.type !== 'labels') continue;
        const spanValue = result.value;
        if (!isJsonObject(spanValue))
          return fail(`${resultAt}.value must be an object`, `${resultAt}.value`);
        const { start, end } = spanValue;
        if (
          typeof start !== 'number' ||
          typeof end !== 'number' ||
          !Number.isInteger(start) ||
          !Number.isInteger(end) ||
          start < 0
        ) {
          return fail(
            `${resultAt}.value: start and end must be whole numbers ≥ 0 (got ${describeValue(start)}, ${describeValue(end)})`,
            `${resultAt}.value`,
          );
        }
        if (end <= start) {
          return fail(
            `${resultAt}.value.end (${end}) is before start (${start})`,
            `${resultAt}.value.end`,
          );
        }
        const labelNames = Array.isArray(spanValue.labels)
          ? spanValue.labels.filter((name): name is string => typeof name === 'string')
          : [];
        if (labelNames.length === 0)
          return fail(`${resultAt}.value.labels must name a label`, `${resultAt}.value.labels`);
        const regionId =
          typeof result.id === 'string' && result.id !== '' ? result.id : `${resultIndex}`;
        const attrs = attributes.get(regionId) ?? {};
        let valence = 0;
        if (attrs.valence !== undefined) {
          if (!Number.isInteger(attrs.valence) || attrs.valence < -2 || attrs.valence > 2) {
            return fail(
              `${annotationAt}: valence of region "${regionId}" must be an integer from -2 to 2 (got ${attrs.valence})`,
              annotationAt,
            );
          }
          valence = attrs.valence;
        }
        let voice: Voice = 'own';
        if (attrs.voice === 'own' || attrs.voice === 'quoted' || attrs.voice === 'attributed')
          voice = attrs.voice;
        let target: string | null = null;
        if (attrs.target !== undefined) {
          target = findActor(attrs.target)?.id ?? null;
          if (target === null) unknownTargets.add(attrs.target);
        }
        const meta = isJsonObject(result.meta) ? result.meta : {};
        const noteValue = meta.text;
        const note = Array.isArray(noteValue)
          ? noteValue.filter((line): line is string => typeof line === 'string').join('\n')
          : typeof noteValue === 'string'
            ? noteValue
            : '';
        const times = isJsonObject(meta.framelens) ? meta.framelens : {};
        const createdAt = isoOr(times.createdAt, annotationCreated);
        const updatedAt = isoOr(times.updatedAt, annotationUpdated);

        const s16 = converter.toUtf16(start);
        const e16 = converter.toUtf16(end);
        const quote = typeof spanValue.text === 'string' ? spanValue.text : undefined;
        const outside =
          s16 === null || e16 === null
            ? `offsets ${start}–${end} are past the end of the text (${converter.codePointLength} characters)`
            : null;
        const placed =
          outside !== null && quote === undefined
            ? ({ ok: false, reason: outside } as const)
            : placeSpan(text, s16 ?? start, e16 ?? end, quote);
        const placement =
          !placed.ok && outside !== null && placed.reason !== outside
            ? { ok: false as const, reason: `${outside}, and ${placed.reason}` }
            : placed;

        for (const [labelIndex, labelName] of labelNames.entries()) {
          const derived = stableId(
            labelIndex === 0
              ? ['label-studio', textId, regionId]
              : ['label-studio', textId, regionId, labelName],
          );
          // A FrameLens export writes annotation ids as region ids (with meta.framelens): such
          // an id is kept, with the derived id to fall back on if it is on another article.
          const own = labelIndex === 0 && (isUuid(regionId) || isJsonObject(meta.framelens));
          let id = own ? regionId : derived;
          if (usedIds.has(id)) {
            id = stableId([
              'label-studio',
              key,
              textId,
              String(annotationIndex),
              regionId,
              labelName,
            ]);
            renamed++;
          } else if (own) collector.result.alternateIds.set(id, derived);
          usedIds.add(id);
          const label = findLabel(labelName);
          const annotation: Annotation = {
            id,
            articleId: key,
            start: placement.ok ? placement.start : 0,
            end: placement.ok ? placement.end : 0,
            exact: placement.ok ? placement.exact : (quote ?? ''),
            prefix: placement.ok ? placement.prefix : '',
            suffix: placement.ok ? placement.suffix : '',
            labelId: label?.id ?? '',
            target,
            valence,
            voice,
            note,
            annotatorId: annotator?.id ?? context.fallbackAnnotatorId,
            status: 'accepted',
            createdAt,
            updatedAt,
            deleted: 0,
          };
          if (!placement.ok) {
            collector.orphan(resultAt, annotation, placement.reason);
            continue;
          }
          if (placement.moved) {
            collector.moved({
              annotationId: id,
              where: resultAt,
              from: { start, end },
              reason: outside ?? `the text at offsets ${start}–${end} is not its quote`,
            });
          }
          collector.add(annotation, labelName, label !== null);
        }
      }
    }
  }
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
  return succeed(collector.result, warnings);
}

export function parseLabelStudio(
  text: string,
  context: LabelStudioParseContext,
): ParseResult<ForeignImport> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseLabelStudioValue(json.value, context);
}
