import type { DisagreementMap, MapRun } from './disagreement-types';

/**
 * A disagreement map whose runs are parallel typed arrays: what the worker sends back (the
 * buffers are transferred, not copied object by object) and what the reader paints from.
 */
export interface PackedMap extends Omit<DisagreementMap, 'runs'> {
  runs: PackedRuns;
}

/** The runs of a map, in text order: run i is [starts[i], ends[i]). */
interface PackedRuns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where the run is contested. */
  contested: Uint8Array;
  /** Run i's marks are [markFrom[i], markFrom[i + 1]) of the two mark arrays (count + 1 long). */
  markFrom: Int32Array;
  /** A mark's annotator, as an index into the map's annotators. */
  markAnnotator: Int32Array;
  /** A mark's labels, as an index into `labelSets`. */
  markLabels: Int32Array;
  labelSets: string[][];
}

/** The distinct label sets of the runs' marks, each with its index. */
function labelSetIndexes(runs: readonly MapRun[]): Map<string, { index: number; ids: string[] }> {
  const sets = new Map<string, { index: number; ids: string[] }>();
  for (const run of runs) {
    for (const { labelIds } of run.marks) {
      const key = labelIds.join('\u0000');
      if (!sets.has(key)) sets.set(key, { index: sets.size, ids: labelIds });
    }
  }
  return sets;
}

export function packMap(map: DisagreementMap): PackedMap {
  const { runs } = map;
  const columns = new Map(map.annotators.map((annotator, index) => [annotator.id, index]));
  const sets = labelSetIndexes(runs);
  const marks = runs.reduce((total, run) => total + run.marks.length, 0);
  const packed: PackedRuns = {
    count: runs.length,
    starts: new Int32Array(runs.length),
    ends: new Int32Array(runs.length),
    contested: new Uint8Array(runs.length),
    markFrom: new Int32Array(runs.length + 1),
    markAnnotator: new Int32Array(marks),
    markLabels: new Int32Array(marks),
    labelSets: [...sets.values()].map((set) => set.ids),
  };
  let mark = 0;
  runs.forEach((run, index) => {
    packed.starts[index] = run.start;
    packed.ends[index] = run.end;
    packed.contested[index] = run.contested ? 1 : 0;
    packed.markFrom[index] = mark;
    for (const { annotatorId, labelIds } of run.marks) {
      packed.markAnnotator[mark] = columns.get(annotatorId) ?? -1;
      packed.markLabels[mark] = sets.get(labelIds.join('\u0000'))?.index ?? -1;
      mark++;
    }
  });
  packed.markFrom[runs.length] = mark;
  return { ...map, runs: packed };
}

/** The buffers to transfer with a packed map. */
export function packedBuffers({ runs }: PackedMap): ArrayBuffer[] {
  const arrays = [runs.starts, runs.ends, runs.contested, runs.markFrom];
  return [...arrays, runs.markAnnotator, runs.markLabels].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** How many annotators cover run `index`. */
export function coveringCount({ runs }: PackedMap, index: number): number {
  return (runs.markFrom[index + 1] ?? 0) - (runs.markFrom[index] ?? 0);
}

/** Runs [from, to) as objects (for the few runs a person points at). */
export function unpackRuns(map: PackedMap, from: number, to: number): MapRun[] {
  const { runs } = map;
  const found: MapRun[] = [];
  for (let index = Math.max(0, from); index < Math.min(to, runs.count); index++) {
    const marks: MapRun['marks'] = [];
    for (let mark = runs.markFrom[index] ?? 0; mark < (runs.markFrom[index + 1] ?? 0); mark++) {
      marks.push({
        annotatorId: map.annotators[runs.markAnnotator[mark] ?? -1]?.id ?? '',
        labelIds: [...(runs.labelSets[runs.markLabels[mark] ?? -1] ?? [])],
      });
    }
    found.push({
      start: runs.starts[index] ?? 0,
      end: runs.ends[index] ?? 0,
      marks,
      contested: runs.contested[index] === 1,
    });
  }
  return found;
}
