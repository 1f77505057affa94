import { test } from 'vitest';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import { namingTable } from '../../../../src/domain/summary/naming-table';
import { valenceTable } from '../../../../src/domain/summary/valence-table';
import { outletTermHeatmap } from '../../../../src/domain/summary/outlet-term-heatmap';
import { distinctiveTerms } from '../../../../src/domain/summary/distinctive-terms';
import { perOutletStats } from '../../../../src/domain/summary/per-outlet-stats';
import { defaultLexicon } from '../../../../src/domain/lexicon/default-lexicon';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import type { Annotation } from '../../../../src/domain/types';
import type { SummaryInput } from '../../../../src/domain/summary/summary-types';
import { writeFileSync } from 'node:fs';

export function makeInput(): SummaryInput {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const outlets = Array.from({ length: 50 }, (_, i) => ({ id: `o${i}`, name: `Outlet ${i}` }));
  const text = 'The militants seized the town while regime forces withdrew. '.repeat(40);
  const articles = Array.from({ length: 10000 }, (_, i) => ({
    id: `a${i}`, outletId: `o${i % 50}`, wordCount: 300 + (i % 700),
    published: `20${20 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}`, text,
  }));
  const forms = defaultLexicon.flatMap((e) => e.forms);
  const plain = Array.from({ length: 2000 }, (_, i) => `Word ${i}`);
  const targets = [...defaultCodebook.actors.map((a) => a.id), null];
  const voices = ['own', 'quoted', 'attributed'] as const;
  const annotations: Annotation[] = Array.from({ length: 200000 }, (_, i) => {
    // Copy strings so each annotation has its own string objects, as when read from IndexedDB.
    const exact = (rnd() < 0.8 ? pick(forms) : pick(plain)).split('').join('');
    const start = Math.floor(rnd() * 2000);
    return { id: `n${i}`, articleId: `a${Math.floor(rnd() * 10000)}`, start, end: start + exact.length, exact,
      prefix: '', suffix: '', labelId: pick(defaultCodebook.labels).id.split('').join(''), target: pick(targets),
      valence: Math.floor(rnd() * 5) - 2, voice: pick(voices), note: '', annotatorId: `u${i % 20}`,
      status: rnd() < 0.03 ? 'rejected-suggestion' : 'accepted', createdAt: '', updatedAt: '', deleted: rnd() < 0.02 ? 1 : 0 };
  });
  return { articles, outlets, annotations, labels: defaultCodebook.labels, actors: defaultCodebook.actors, lexicon: defaultLexicon };
}

test('perf', () => {
  const input = makeInput();
  writeFileSync('/tmp/perf/input.json', JSON.stringify(input));
  const time = (label: string, fn: () => unknown, runs = 7) => {
    const ts: number[] = [];
    for (let r = 0; r < runs; r++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); }
    ts.sort((a, b) => a - b);
    console.log(`${label}: min ${ts[0]!.toFixed(1)} median ${ts[Math.floor(runs / 2)]!.toFixed(1)} ms`);
  };
  const data = prepareSummary(input);
  time('prepare', () => prepareSummary(input));
  time('perOutlet', () => perOutletStats(data));
  time('naming', () => namingTable(data));
  time('valence', () => valenceTable(data));
  time('heatmap', () => outletTermHeatmap(data));
  time('distinctive', () => distinctiveTerms(data));
}, 120000);
