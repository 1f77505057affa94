import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../src/domain/default-codebook';

// The evaluation set's files follow tests/fixtures/eval/README.md; these checks keep hand-written
// gold consistent with its text, so `npm run eval` never measures against a span that is not there.

const root = resolve(import.meta.dirname, '../../..');
const evalRoot = resolve(root, 'tests/fixtures/eval');
const LABEL_IDS = defaultCodebook.labels.map((label) => label.id);
const SEED_ACTOR_IDS = defaultCodebook.actors.map((actor) => actor.id);
const VOICES = ['own', 'quoted', 'attributed'];

interface GoldTerm {
  exact: string;
  occurrence: number;
  label: string;
  voice: string;
  target: string | null;
  valence: number;
}
interface HardNegative {
  exact: string;
  occurrence: number;
  why: string;
}
interface ArticleGold {
  outlet: string;
  title: string;
  published: string;
  slant?: string;
  gold: GoldTerm[];
  hardNegatives: HardNegative[];
}
interface Topic {
  topic: string;
  name: string;
  actors: { id: string; name: string; aliases: string[] }[];
}
type Span = [number, number];

/** The span of the n-th (1-based) case-sensitive, non-overlapping raw occurrence of `exact`. */
function spanOf(text: string, exact: string, occurrence: number): Span | null {
  let from = 0;
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(exact, from);
    if (at < 0) return null;
    from = at + exact.length;
  }
  return [at, at + exact.length];
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const onWordBoundaries = (text: string, [start, end]: Span) =>
  !isWordChar(text[start - 1]) && !isWordChar(text[end]);
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every problem with one article's gold, as readable lines (empty when all is well). */
function goldProblems(text: string, article: ArticleGold, actorIds: string[]): string[] {
  const problems: string[] = [];
  const goldSpans: Span[] = [];
  for (const term of article.gold) {
    const name = `gold "${term.exact}" #${term.occurrence}`;
    const span = spanOf(text, term.exact, term.occurrence);
    if (!span) problems.push(`${name} is not in the text`);
    else if (!onWordBoundaries(text, span)) problems.push(`${name} falls inside a longer word`);
    else if (goldSpans.some((other) => overlaps(span, other))) problems.push(`${name} overlaps`);
    if (span) goldSpans.push(span);
    if (!LABEL_IDS.includes(term.label)) problems.push(`${name}: unknown label ${term.label}`);
    if (!VOICES.includes(term.voice)) problems.push(`${name}: unknown voice ${term.voice}`);
    if (!Number.isInteger(term.valence) || Math.abs(term.valence) > 2)
      problems.push(`${name}: valence ${term.valence}`);
    if (term.target !== null && !actorIds.includes(term.target))
      problems.push(`${name}: unknown target ${term.target}`);
  }
  for (const negative of article.hardNegatives) {
    const name = `hard negative "${negative.exact}" #${negative.occurrence}`;
    const span = spanOf(text, negative.exact, negative.occurrence);
    if (!span) problems.push(`${name} is not in the text`);
    else if (!onWordBoundaries(text, span)) problems.push(`${name} falls inside a longer word`);
    else if (goldSpans.some((gold) => overlaps(span, gold))) problems.push(`${name} overlaps gold`);
    if (!negative.why) problems.push(`${name} says not why`);
  }
  return problems;
}

function topicsOf(set: 'dev' | 'holdout'): string[] {
  const folder = join(evalRoot, set);
  return existsSync(folder) ? readdirSync(folder).map((topic) => join(folder, topic)) : [];
}

function articlesOf(topicFolder: string): string[] {
  return readdirSync(topicFolder)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length));
}

describe('the span rule of the evaluation files', () => {
  it('counts raw occurrences, including those inside longer words', () => {
    // "militants and a " is 9 + 1 + 3 + 1 + 1 + 1 = 16 characters, so the second raw
    // "militant" (the first is the start of "militants") starts at 16 and ends at 16 + 8 = 24.
    expect(spanOf('militants and a militant', 'militant', 2)).toEqual([16, 24]);
    expect(spanOf('militants and a militant', 'militant', 3)).toBeNull();
  });
});

const topicFolders = [...topicsOf('dev'), ...topicsOf('holdout')];

describe.each(topicFolders.map((folder) => [relative(evalRoot, folder), folder] as const))(
  'evaluation topic %s',
  (_name, folder) => {
    const topic = readJson<Topic>(join(folder, 'topic.json'));
    const actorIds = topic.actors.map((actor) => actor.id);
    const articles = articlesOf(folder).map((slug) => ({
      slug,
      text: readFileSync(join(folder, `${slug}.txt`), 'utf8'),
      gold: readJson<ArticleGold>(join(folder, `${slug}.json`)),
    }));

    it('names itself after its folder and has 3–6 parties', () => {
      expect(join(folder, '..', topic.topic)).toBe(folder);
      expect(topic.actors.length).toBeGreaterThanOrEqual(3);
      expect(topic.actors.length).toBeLessThanOrEqual(6);
    });

    it('lists no gold actor label as an alias (aliases are neutral names)', () => {
      const labels = new Set(
        articles.flatMap(({ gold }) =>
          gold.gold.filter((t) => t.label === 'actor-label').map((t) => t.exact.toLowerCase()),
        ),
      );
      const loadedAliases = topic.actors
        .flatMap((actor) => actor.aliases)
        .filter((alias) => labels.has(alias.toLowerCase()));
      expect(loadedAliases).toEqual([]);
    });

    it('has four articles with quoted and attributed gold among them', () => {
      expect(articles).toHaveLength(4);
      const voices = articles.flatMap(({ gold }) => gold.gold.map((term) => term.voice));
      expect(voices.filter((voice) => voice === 'quoted').length).toBeGreaterThanOrEqual(4);
      expect(voices.filter((voice) => voice === 'attributed').length).toBeGreaterThanOrEqual(3);
    });

    it.each(articles.map((article) => [article.slug, article] as const))(
      '%s: text of 250–450 words in 3–6 paragraphs, LF, one final newline',
      (_slug, { text }) => {
        const words = text.split(/\s+/).filter(Boolean).length;
        const paragraphs = text.trimEnd().split('\n\n');
        expect(words).toBeGreaterThanOrEqual(250);
        expect(words).toBeLessThanOrEqual(450);
        expect(paragraphs.length).toBeGreaterThanOrEqual(3);
        expect(paragraphs.length).toBeLessThanOrEqual(6);
        expect(text).not.toContain('\r');
        expect(text).not.toMatch(/\n\n\n/);
        expect(text).toMatch(/[^\n]\n$/);
      },
    );

    it.each(articles.map((article) => [article.slug, article] as const))(
      '%s: 8–20 gold terms and 3–8 hard negatives, each found in the text',
      (_slug, { text, gold }) => {
        expect(gold.outlet && gold.title && gold.published).toBeTruthy();
        expect(gold.gold.length).toBeGreaterThanOrEqual(8);
        expect(gold.gold.length).toBeLessThanOrEqual(20);
        expect(gold.hardNegatives.length).toBeGreaterThanOrEqual(3);
        expect(gold.hardNegatives.length).toBeLessThanOrEqual(8);
        expect(goldProblems(text, gold, actorIds)).toEqual([]);
      },
    );
  },
);

describe('the seed gold', () => {
  const seedsFolder = resolve(root, 'seeds');
  const catalogue = readJson<{
    articles: { file: string; outlet: string; title: string; published: string }[];
  }>(join(seedsFolder, 'seeds.json'));

  it.each(catalogue.articles.map((entry) => [entry.file, entry] as const))(
    '%s: matches seeds.json and its text, with the default codebook’s actors',
    (file, entry) => {
      const text = readFileSync(join(seedsFolder, file), 'utf8');
      const gold = readJson<ArticleGold>(join(evalRoot, 'seeds', file.replace(/\.txt$/, '.json')));
      expect([gold.outlet, gold.title, gold.published]).toEqual([
        entry.outlet,
        entry.title,
        entry.published,
      ]);
      expect(gold.hardNegatives.length).toBeGreaterThanOrEqual(3);
      expect(gold.hardNegatives.length).toBeLessThanOrEqual(8);
      expect(goldProblems(text, gold, SEED_ACTOR_IDS)).toEqual([]);
    },
  );
});
