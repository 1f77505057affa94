import { isValidPartialDate } from '../../dates';
import { makeOffsetConverter, type OffsetConverter } from '../../text/quote-selector';
import { makePlacementText, type ImportedDocument, type PlacementText } from '../foreign-import';
import { isJsonObject } from '../read-input';
import { describeValue, fail, succeed, type ParseResult } from '../result';
import { readLanguageTag } from '../language-field';
import { keepSafeUrl } from '../safe-url';
import { stableId } from '../stable-id';
import { taskDataSchema } from './label-studio-schemas';

/** One task: its text as a document, and the Label Studio annotations to read from it. */
export interface TaskReading {
  key: string;
  text: PlacementText;
  /** Region ids are only unique inside a task: annotation ids are derived from the text too. */
  textId: string;
  converter: OffsetConverter;
  document: ImportedDocument;
  lsAnnotations: unknown[];
  predictions: number;
}

/** The list of tasks: a list, or one task object on its own. */
export function readTasks(value: unknown): ParseResult<unknown[]> {
  if (Array.isArray(value)) return succeed(value);
  if (isJsonObject(value) && 'data' in value) return succeed([value]);
  return fail(
    `The file holds ${describeValue(value)}; Label Studio JSON is a list of tasks ([{ "data": { "text": … }, "annotations": […] }]).`,
    '(root)',
  );
}

function taskDocument(
  data: Record<string, unknown>,
  key: string,
  stored: string,
  at: string,
  warnings: string[],
  defaultOutletName: string,
): ImportedDocument {
  const meta = taskDataSchema.parse(data);
  if (meta.published !== '' && !isValidPartialDate(meta.published)) {
    warnings.push(
      `${at}.data.published "${meta.published}" is not a date like 2024-09-30; left empty`,
    );
  }
  return {
    key,
    text: stored,
    outletName: meta.outlet || defaultOutletName,
    title: meta.title || (stored.split('\n')[0] ?? '').slice(0, 200),
    url: keepSafeUrl(meta.url, `${at} ("${meta.title}")`, warnings),
    published: isValidPartialDate(meta.published) ? meta.published : '',
    language: meta.language,
  };
}

function annotationsOf(task: Record<string, unknown>): unknown[] {
  if (Array.isArray(task.annotations)) return task.annotations;
  return Array.isArray(task.completions) ? task.completions : [];
}

export function readTask(
  task: unknown,
  taskIndex: number,
  defaultOutletName: string,
  warnings: string[],
): ParseResult<TaskReading> {
  const at = `tasks[${taskIndex}]`;
  if (!isJsonObject(task)) return fail(`${at} must be a task object`, at);
  const data = task.data;
  if (!isJsonObject(data)) {
    return fail(`${at}.data must be an object holding the text`, `${at}.data`);
  }
  if (typeof data.text !== 'string') {
    return fail(
      `${at}.data.text ${data.text === undefined ? 'is missing' : 'must be a string'} (the text that was labeled)`,
      `${at}.data.text`,
    );
  }
  const id = typeof task.id === 'number' || typeof task.id === 'string' ? task.id : taskIndex + 1;
  const key = `label-studio:${id}`;
  const text = makePlacementText(data.text);
  const given = typeof data.language === 'string' ? data.language : '';
  const language = readLanguageTag(given, `${at}.data.language`);
  if (!language.ok) return language;
  const document = taskDocument(data, key, text.stored, at, warnings, defaultOutletName);
  return succeed({
    key,
    text,
    textId: stableId(['label-studio-text', text.stored]),
    converter: makeOffsetConverter(data.text),
    document: { ...document, language: language.value },
    lsAnnotations: annotationsOf(task),
    predictions: Array.isArray(task.predictions) ? task.predictions.length : 0,
  });
}

/** The annotator a Label Studio annotation names, or null (the importing person is used). */
export function annotatorOf(
  annotation: Record<string, unknown>,
): { id: string; name: string } | null {
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
