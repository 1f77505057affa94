// Summary statistics of repeated runs.

export function summarize(values) {
  if (values.length === 0) throw new Error('No runs to summarise.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values };
}

/** Runs `measure` `warmups` times unrecorded, then `runs` times; returns every recorded value. */
export async function repeat(warmups, runs, measure) {
  for (let i = 0; i < warmups; i += 1) await measure(-1);
  const values = [];
  for (let i = 0; i < runs; i += 1) values.push(await measure(i));
  return values;
}
