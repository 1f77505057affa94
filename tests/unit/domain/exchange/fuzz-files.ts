import fc from 'fast-check';
import Papa from 'papaparse';

/**
 * Files for property tests of the parsers: random JSON, and real exports with values replaced,
 * deleted or wrapped in a list anywhere in the tree (the mistakes and attacks a file can hold).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values a file could hold where another was expected, weighted towards the tricky ones. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    0,
    0.5,
    1e21,
    -0,
    '',
    '__proto__',
    'constructor',
    'urn:uuid:',
    'urn:framelens:annotation:%E0%A4%A',
    '2024-13-45T99:99:99Z',
    '\uD83D',
    '🇸🇾',
    'own',
    'TextPositionSelector',
    'TextQuoteSelector',
    'Annotation',
    'labels',
    [],
    {},
    [1, 2, 'actor-label'],
    { start: 3, end: 1 },
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string(),
  fc.integer(),
);

/** One change at a place picked by `choices` (each number selects a child on the way down). */
interface Mutation {
  choices: number[];
  kind: 'replace' | 'delete' | 'wrap';
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  choices: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  kind: fc.constantFrom('replace', 'delete', 'wrap'),
  value: oddValue,
});

function mutate(root: Json, { choices, kind, value }: Mutation): unknown {
  const copy = structuredClone(root);
  let parent: Json = copy;
  for (const [depth, choice] of choices.entries()) {
    if (parent === null || typeof parent !== 'object') break;
    const keys = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string | number;
    const record = parent as Record<string | number, Json>;
    const child = record[key] as Json;
    const last = depth === choices.length - 1 || child === null || typeof child !== 'object';
    if (!last) {
      parent = child;
      continue;
    }
    if (kind === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
    else if (kind === 'delete') Reflect.deleteProperty(record, key);
    else record[key] = (kind === 'wrap' ? [child] : value) as Json;
    break;
  }
  return copy;
}

/** A JSON exchange file: random JSON, or the sample export with 1–3 mutations. */
export function jsonFiles(sample: string, lines = false): fc.Arbitrary<string> {
  const parse = (text: string): Json[] =>
    lines
      ? text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Json)
      : [JSON.parse(text) as Json];
  const roots = parse(sample);
  const write = (values: unknown[]): string =>
    lines ? values.map((v) => JSON.stringify(v)).join('\n') : JSON.stringify(values[0]);
  const mutated = fc
    .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([which, changes]) => {
      const values: unknown[] = [...roots];
      const index = which % values.length;
      values[index] = changes.reduce<unknown>(
        (value, change) => mutate(value as Json, change),
        values[index],
      );
      return write(values);
    });
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: fc.json(), weight: 1 });
}

/** An annotation CSV with 1–4 cells replaced by random text, or random text. */
export function csvFiles(sample: string): fc.Arbitrary<string> {
  const table = Papa.parse<string[]>(sample.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const cellValue = fc.oneof(
    fc.string(),
    fc.integer({ min: -5, max: 3000 }).map(String),
    fc.constantFrom('', ' ', "'-2", '+1', '7', 'own', 'shouting', 'rejected-suggestion', '1', '2'),
    fc.constantFrom('2026-11-21T09:00:00Z', '2026-11-21', 'hts', 'Actor label', 'art-rt'),
  );
  const cellChange = fc.record({ row: fc.nat(), column: fc.nat(), value: cellValue });
  return fc.oneof(
    fc.array(cellChange, { minLength: 1, maxLength: 4 }).map((changes) => {
      const copy = table.map((row) => [...row]);
      for (const { row, column, value } of changes) {
        const cells = copy[row % copy.length] ?? [];
        cells[column % cells.length] = value;
      }
      return Papa.unparse(copy);
    }),
    fc.string(),
  );
}
