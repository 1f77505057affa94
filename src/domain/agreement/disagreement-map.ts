import { articleCoders } from './article-coders';
import { codedPairs } from './coded-articles';
import type { DisagreementMap, MapAnnotation, MapInput, MapRun } from './disagreement-types';
import { LabelSets } from './label-sets';
import { coveredTokens, wordTokens, type WordTokens } from './word-tokens';

/**
 * Who covers each token with what: cell token × width + column holds the label set (see
 * `LabelSets`) covering that token for the annotator of that column, 0 for none; `covering`
 * counts, per token, the annotators covering it (most tokens have none: one look skips them).
 */
interface TokenMarks {
  grid: Int32Array;
  covering: Int32Array;
  width: number;
  sets: LabelSets;
}

/** A run with the token indexes [first, last) it spans. */
interface TokenRun {
  run: MapRun;
  first: number;
  last: number;
}

/**
 * The disagreement map of one article; annotatorIds null = everyone who coded it except the
 * gold sets. `tokens` are the article's word tokens when the caller already has them.
 */
export function disagreementMap(
  input: MapInput,
  articleId: string,
  annotatorIds: readonly string[] | null,
  tokens?: WordTokens,
): DisagreementMap {
  const annotators = articleCoders(
    input.annotators,
    articleCoded(input, articleId),
    articleId,
    annotatorIds,
  );
  const article = input.articles.find((candidate) => candidate.id === articleId);
  if (article === undefined || annotators.length === 0) {
    return { articleId, annotators, runs: [], contested: [] };
  }
  const words = tokens ?? wordTokens(article.text);
  const marks = tokenMarks(input.annotations, articleId, annotators, words);
  const tokenRuns = runsOf(marks, words, annotators);
  return {
    articleId,
    annotators,
    runs: tokenRuns.map(({ run }) => run),
    contested: contestedStretches(tokenRuns),
  };
}

/** Who coded this article, looking at this article's records only (the input may hold more). */
function articleCoded(input: MapInput, articleId: string): Set<string> {
  const here = (pair: { articleId: string }) => pair.articleId === articleId;
  return codedPairs({
    annotations: input.annotations.filter(here),
    doneMarks: input.doneMarks.filter(here),
    submitted: input.submitted.filter(here),
  });
}

function tokenMarks(
  annotations: readonly MapAnnotation[],
  articleId: string,
  annotators: readonly { id: string }[],
  tokens: WordTokens,
): TokenMarks {
  const columns = new Map(annotators.map((annotator, column) => [annotator.id, column]));
  const theirs = annotations.filter(
    (annotation) => annotation.articleId === articleId && columns.has(annotation.annotatorId),
  );
  const sets = new LabelSets([...new Set(theirs.map((annotation) => annotation.labelId))]);
  const width = annotators.length;
  const grid = new Int32Array(tokens.count * width);
  const covering = new Int32Array(tokens.count);
  for (const annotation of theirs) {
    const column = columns.get(annotation.annotatorId) ?? 0;
    const { first, last } = coveredTokens(tokens, annotation.start, annotation.end);
    for (let token = first; token < last; token++) {
      const cell = token * width + column;
      const before = grid[cell] ?? 0;
      if (before === 0) covering[token] = (covering[token] ?? 0) + 1;
      grid[cell] = sets.add(before, annotation.labelId);
    }
  }
  return { grid, covering, width, sets };
}

function isCovered({ covering }: TokenMarks, token: number): boolean {
  return covering[token] !== 0;
}

function sameMarks({ grid, covering, width }: TokenMarks, a: number, b: number): boolean {
  if (covering[a] !== covering[b]) return false;
  for (let column = 0; column < width; column++) {
    if (grid[a * width + column] !== grid[b * width + column]) return false;
  }
  return true;
}

/** Maximal stretches of consecutive covered tokens marked the same way, in text order. */
function runsOf(
  marks: TokenMarks,
  tokens: WordTokens,
  annotators: readonly { id: string }[],
): TokenRun[] {
  const runs: TokenRun[] = [];
  let first = -1;
  const close = (last: number) => {
    if (first >= 0) runs.push(tokenRun(marks, tokens, annotators, first, last));
    first = -1;
  };
  for (let token = 0; token < tokens.count; token++) {
    if (!isCovered(marks, token)) close(token);
    else if (first < 0) first = token;
    else if (!sameMarks(marks, first, token)) {
      close(token);
      first = token;
    }
  }
  close(tokens.count);
  return runs;
}

function tokenRun(
  { grid, width, sets }: TokenMarks,
  tokens: WordTokens,
  annotators: readonly { id: string }[],
  first: number,
  last: number,
): TokenRun {
  const marks: MapRun['marks'] = [];
  const distinctSets = new Set<number>();
  annotators.forEach((annotator, column) => {
    const set = grid[first * width + column] ?? 0;
    if (set === 0) return;
    distinctSets.add(set);
    marks.push({ annotatorId: annotator.id, labelIds: sets.labelsOf(set) });
  });
  const minority = marks.length * 2 <= annotators.length;
  const run: MapRun = {
    start: tokens.starts[first] ?? 0,
    end: tokens.ends[last - 1] ?? 0,
    marks,
    contested: minority || distinctSets.size > 1,
  };
  return { run, first, last };
}

/** Contested runs that follow each other token after token, merged. */
function contestedStretches(runs: readonly TokenRun[]): DisagreementMap['contested'] {
  const stretches: DisagreementMap['contested'] = [];
  let previous: TokenRun | null = null;
  for (const current of runs) {
    if (current.run.contested) {
      const open = stretches[stretches.length - 1];
      const joins = previous?.run.contested === true && previous.last === current.first;
      if (open !== undefined && joins) open.end = current.run.end;
      else stretches.push({ start: current.run.start, end: current.run.end });
    }
    previous = current;
  }
  return stretches;
}
