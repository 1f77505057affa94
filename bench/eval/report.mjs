// Formats the evaluation's numbers (a table for the terminal and Markdown) and the details.
import { rates } from './score.mjs';

const percent = (value) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

const COLUMNS = [
  ['recall', (c, r) => `${percent(r.recall)} (${c.matchedGold}/${c.gold})`],
  ['precision', (c, r) => `${percent(r.precision)} (${c.matchedSuggested}/${c.suggested})`],
  [
    'hard neg. suggested',
    (c, r) =>
      `${percent(r.hardNegativesSuggested)} (${c.hardNegativesSuggested}/${c.hardNegatives})`,
  ],
  ['voice', (c, r) => `${percent(r.voiceAccuracy)} (${c.voiceRight}/${c.pairs})`],
  ['target', (c, r) => `${percent(r.targetAccuracy)} (${c.targetRight}/${c.pairs})`],
  ['wrong target', (c, r) => `${percent(r.targetWrong)} (${c.targetWrong})`],
  ['empty target', (c, r) => `${percent(r.targetEmpty)} (${c.targetEmpty})`],
  ['label', (c, r) => `${percent(r.labelAccuracy)} (${c.labelRight}/${c.pairs})`],
];

/**
 * The rows of the table: one per scope ({ name, counts }), each cell "rate (part/whole)".
 * @param {Array<{ name: string, counts: import('./score.mjs').Counts }>} scopes
 */
function cells(scopes) {
  return scopes.map(({ name, counts }) => {
    const r = rates(counts);
    return [name, ...COLUMNS.map(([, cell]) => cell(counts, r))];
  });
}

/** A fixed-width text table of the scopes. */
export function textTable(scopes) {
  const rows = [['scope', ...COLUMNS.map(([title]) => title)], ...cells(scopes)];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** A Markdown table of the scopes. */
export function markdownTable(scopes) {
  const header = ['scope', ...COLUMNS.map(([title]) => title)];
  const rows = [header, header.map(() => '---'), ...cells(scopes)];
  return rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function context(text, { start, end }) {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return `…${before}[${text.slice(start, end)}]${after}…`.replaceAll('\n', ' ');
}

/**
 * The details of one scored article: missed gold terms, false suggestions, wrong voices and
 * hard negatives suggested, each with about 40 characters of context.
 */
export function articleDetails(title, text, scored) {
  const lines = [`  ${title}`];
  for (const gold of scored.missed) {
    lines.push(`    missed (${gold.label}, ${gold.voice}): ${context(text, gold)}`);
  }
  for (const suggestion of scored.falseSuggestions) {
    lines.push(`    false (${suggestion.labelId}): ${context(text, suggestion)}`);
  }
  for (const { gold, suggestion } of scored.wrongVoices) {
    lines.push(`    voice ${suggestion.voice}, gold ${gold.voice}: ${context(text, suggestion)}`);
  }
  for (const negative of scored.hardNegativesHit) {
    lines.push(`    hard negative suggested: ${context(text, negative)}`);
  }
  return lines.join('\n');
}
