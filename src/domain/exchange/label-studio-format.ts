import { makeOffsetConverter, type OffsetConverter } from '../text/quote-selector';
import type { Annotation, Annotator, Article, Codebook, Outlet } from '../types';

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

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The four results of one span: its labels, then target (when set), voice and valence. */
function spanResults(
  annotation: Annotation,
  converter: OffsetConverter,
  labels: Map<string, string>,
): LabelStudioResult[] {
  const span: SpanValue = {
    start: converter.toCodePoint(annotation.start),
    end: converter.toCodePoint(annotation.end),
    text: annotation.exact,
  };
  const common = { id: annotation.id, to_name: 'text', origin: 'manual' } as const;
  const result: LabelStudioResult[] = [];
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
  return result;
}

type TaskAnnotation = LabelStudioTask['annotations'][number];

function taskAnnotation(
  annotatorId: string,
  list: readonly Annotation[],
  converter: OffsetConverter,
  names: { labels: Map<string, string>; annotators: Map<string, string> },
): TaskAnnotation {
  const created = list.map((a) => a.createdAt).sort()[0] ?? '';
  const updated =
    list
      .map((a) => a.updatedAt)
      .sort()
      .at(-1) ?? '';
  return {
    result: list.flatMap((annotation) => spanResults(annotation, converter, names.labels)),
    created_at: created,
    updated_at: updated,
    framelens_annotator: {
      id: annotatorId,
      name: names.annotators.get(annotatorId) ?? annotatorId,
    },
  };
}

export function buildLabelStudioTasks(input: LabelStudioSerializeInput): LabelStudioTask[] {
  const outlets = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const names = {
    labels: new Map(input.codebook.labels.map((label) => [label.id, label.name])),
    annotators: new Map(input.annotators.map((annotator) => [annotator.id, annotator.name])),
  };
  const live = input.annotations.filter(
    (annotation) => annotation.deleted === 0 && annotation.status === 'accepted',
  );
  const byArticle = groupBy(live, (annotation) => annotation.articleId);
  return input.articles.map((article, index) => {
    const converter = makeOffsetConverter(article.text);
    const byAnnotator = groupBy(byArticle.get(article.id) ?? [], (a) => a.annotatorId);
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
      annotations: [...byAnnotator].map(([annotatorId, list]) =>
        taskAnnotation(annotatorId, list, converter, names),
      ),
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
// Parsing lives in label-studio/ (one step per module); these names stay importable from here.

export {
  parseLabelStudio,
  parseLabelStudioValue,
  type LabelStudioParseContext,
} from './label-studio/parse-label-studio';
