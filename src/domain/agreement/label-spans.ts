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
    byLabel.set(labelId, {
      spans: group,
      starts: Int32Array.from(group, (span) => span.start),
      ends: Int32Array.from(group, (span) => span.end),
      targets: Int32Array.from(group, (span) => idOf(span.target)),
      voices: Int32Array.from(group, (span) => idOf(span.voice)),
      valences: Float64Array.from(group, (span) => span.valence),
    });
  }
  return byLabel;
}
