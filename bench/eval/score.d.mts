// Types of score.mjs, for the TypeScript tests that import it.
export interface Span {
  start: number;
  end: number;
}
export interface GoldTerm {
  exact: string;
  occurrence: number;
  label: string;
  voice: string;
  target: string | null;
  valence?: number;
}
export interface HardNegative {
  exact: string;
  occurrence: number;
  why?: string;
}
export interface Suggested extends Span {
  labelId: string;
  voice: string;
  target: string | null;
}
export interface Counts {
  gold: number;
  suggested: number;
  matchedGold: number;
  matchedSuggested: number;
  hardNegatives: number;
  hardNegativesSuggested: number;
  pairs: number;
  voiceRight: number;
  targetRight: number;
  targetWrong: number;
  targetEmpty: number;
  labelRight: number;
}
export interface Rates {
  recall: number | null;
  precision: number | null;
  hardNegativesSuggested: number | null;
  voiceAccuracy: number | null;
  targetAccuracy: number | null;
  targetWrong: number | null;
  targetEmpty: number | null;
  labelAccuracy: number | null;
}
export interface ScoredArticle {
  counts: Counts;
  missed: Array<GoldTerm & Span>;
  falseSuggestions: Suggested[];
  wrongVoices: Array<{ gold: GoldTerm & Span; suggestion: Suggested }>;
  hardNegativesHit: Array<HardNegative & Span>;
}
export function locate(text: string, exact: string, occurrence: number): Span | null;
export function overlap(a: Span, b: Span): number;
export function matchSpans(gold: Span[], suggested: Span[]): Array<[number, number]>;
export function emptyCounts(): Counts;
export function addCounts(a: Counts, b: Counts): Counts;
export function scoreArticle(article: {
  text: string;
  gold: GoldTerm[];
  hardNegatives: HardNegative[];
  suggested: Suggested[];
}): ScoredArticle;
export function rates(counts: Counts): Rates;
