import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * What the check covers: every rule of WCAG 2.0, 2.1 and 2.2 at levels A and AA plus axe's
 * best practices, including those axe leaves out of a default run (target-size, for one, is
 * off by default; "experimental" rules such as td-has-header are skipped by default), along
 * with every rule axe runs by default.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Rules left out, each with its reason. Keep this list short and every reason one line. */
const RULES_LEFT_OUT: Record<string, string> = {
  // Tagged "deprecated" by axe: replaced by other rules that do run, and slated for removal.
  'aria-roledescription': 'deprecated by axe',
  'audio-caption': 'deprecated by axe (the app has no audio)',
  'landmark-complementary-is-top-level': 'deprecated by axe (folded into landmark rules)',
};

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The parts of axe the check uses; `_audit.rules` is the only place that says which are on. */
interface AxeInPage {
  _audit: { rules: { id: string; enabled: boolean; tags: string[] }[] };
  run: typeof import('axe-core').run;
}

/**
 * Loads axe into the page. Evaluated through the DevTools protocol, it is not subject to the
 * app's Content-Security-Policy (which forbids inline scripts), so no CSP violation is logged.
 */
async function ensureAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(`${axeSource}\n;window.axe = axe;`);
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await ensureAxe(page);
  return page.evaluate(
    async ({ tags, leftOut }) => {
      const axe = (window as unknown as { axe: AxeInPage }).axe;
      const chosen = axe._audit.rules
        .filter((rule) => !leftOut.includes(rule.id))
        .filter((rule) => rule.enabled || rule.tags.some((tag) => tags.includes(tag)))
        .map((rule) => rule.id);
      const results = await axe.run(document, {
        runOnly: { type: 'rule', values: chosen },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String),
          failureSummary: node.failureSummary,
        })),
      }));
    },
    { tags: TAGS, leftOut: Object.keys(RULES_LEFT_OUT) },
  );
}

/** One readable paragraph per violation: rule, impact, what it asks, and every element hit. */
function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
          return `    - ${node.target.join(' ')}\n      ${summary}`;
        })
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe over the whole page as it is now and fails with a readable list of every violation,
 * of any impact. `label` names the page and state in the failure message.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length === 0) return;
  const count = violations.length === 1 ? '1 rule' : `${violations.length} rules`;
  throw new Error(`axe: ${label}: ${count} violated\n${describeViolations(violations)}`);
}
