import type { Annotation } from '../types';

/**
 * One annotator's spans of one label on one article, sorted by start then end, with their
 * extents and attributes in typed arrays (the pair loops read these, not the objects).
 */
export interface LabelSpans {
  spans: Annotation[];
  starts: Int32Array;
  ends: Int32Array;
  /** Interned targets (no target is a value of its own) and voices. */
  targets: Int32Array;
  voices: Int32Array;
  valences: Float64Array;
}

/** Interns targets and voices as small integers. */
export type AttributeIds = (value: string | null) => number;

export function attributeIds(): AttributeIds {
  const ids = new Map<string | null, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  };
}

export function spansByLabel(
  spans: readonly Annotation[],
  idOf: AttributeIds,
): Map<string, LabelSpans> {
  const groups = new Map<string, Annotation[]>();
  for (const span of spans) {
    const group = groups.get(span.labelId);
    if (group) group.push(span);
    else groups.set(span.labelId, [span]);
  }
  const byLabel = new Map<string, LabelSpans>();
  for (const [labelId, group] of groups) {
    group.sort((x, y) => x.start - y.start || x.end - y.end);
    byLabel.set(labelId, labelSpans(group, idOf));
  }
  return byLabel;
}

function labelSpans(spans: Annotation[], idOf: AttributeIds): LabelSpans {
  const count = spans.length;
  const arrays: LabelSpans = {
    spans,
    starts: new Int32Array(count),
    ends: new Int32Array(count),
    targets: new Int32Array(count),
    voices: new Int32Array(count),
    valences: new Float64Array(count),
  };
  for (let i = 0; i < count; i++) {
    const span = spans[i]!;
    arrays.starts[i] = span.start;
    arrays.ends[i] = span.end;
    arrays.targets[i] = idOf(span.target);
    arrays.voices[i] = idOf(span.voice);
    arrays.valences[i] = span.valence;
  }
  return arrays;
}
