import type { MapAnnotation } from '../../domain/agreement/disagreement-types';
import type { Annotation } from '../../domain/types';

/**
 * One article's counted annotations (accepted, not deleted) reduced to what the map needs —
 * who, which label, where — as parallel typed arrays, so that handing them to the worker moves
 * four buffers instead of copying thousands of annotation objects one by one.
 */
export interface MapSpans {
  articleId: string;
  annotatorIds: string[];
  labelIds: string[];
  /** Per annotation: its annotator's and its label's index in the lists above. */
  annotator: Int32Array;
  label: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

function indexer(): { ids: string[]; indexOf: (id: string) => number } {
  const ids: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (id: string) => {
    let index = indexes.get(id);
    if (index === undefined) {
      index = ids.length;
      indexes.set(id, index);
      ids.push(id);
    }
    return index;
  };
  return { ids, indexOf };
}

export function packMapSpans(annotations: readonly Annotation[], articleId: string): MapSpans {
  const counted = annotations.filter(
    (annotation) =>
      annotation.articleId === articleId && annotation.status === 'accepted' && !annotation.deleted,
  );
  const annotators = indexer();
  const labels = indexer();
  const spans: MapSpans = {
    articleId,
    annotatorIds: annotators.ids,
    labelIds: labels.ids,
    annotator: new Int32Array(counted.length),
    label: new Int32Array(counted.length),
    starts: new Int32Array(counted.length),
    ends: new Int32Array(counted.length),
  };
  counted.forEach((annotation, index) => {
    spans.annotator[index] = annotators.indexOf(annotation.annotatorId);
    spans.label[index] = labels.indexOf(annotation.labelId);
    spans.starts[index] = annotation.start;
    spans.ends[index] = annotation.end;
  });
  return spans;
}

/** The buffers to transfer with a request carrying these spans. */
export function spanBuffers(spans: MapSpans): ArrayBuffer[] {
  return [spans.annotator, spans.label, spans.starts, spans.ends].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

export function unpackMapSpans(spans: MapSpans): MapAnnotation[] {
  const annotations: MapAnnotation[] = [];
  for (let index = 0; index < spans.starts.length; index++) {
    annotations.push({
      articleId: spans.articleId,
      annotatorId: spans.annotatorIds[spans.annotator[index] ?? 0] ?? '',
      labelId: spans.labelIds[spans.label[index] ?? 0] ?? '',
      start: spans.starts[index] ?? 0,
      end: spans.ends[index] ?? 0,
    });
  }
  return annotations;
}
