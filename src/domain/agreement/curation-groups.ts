import { compareText } from '../summary/collate';
import type { Annotation } from '../types';
import type { AgreementInput } from './agreement-types';
import { articleCoders } from './article-coders';
import { codedPairs } from './coded-articles';
import type { CurationGroup, CurationVote } from './curation-types';
import { groupKey } from './group-key';
import { curationVersions } from './curation-versions';

/** Every group of overlapping spans of the chosen annotators on the chosen articles, in order. */
export function curationGroups(
  input: AgreementInput,
  annotatorIds: readonly string[],
  articleIds: readonly string[],
): CurationGroup[] {
  const coded = codedPairs(input);
  const texts = new Map(input.articles.map((article) => [article.id, article.text]));
  const byArticle = annotationsByArticle(input.annotations);
  const labelOrder = new Map(input.labels.map((label, index) => [label.id, index]));
  const groups: CurationGroup[] = [];
  for (const articleId of new Set(articleIds)) {
    const text = texts.get(articleId);
    if (text === undefined) continue;
    const coders = articleCoders(input.annotators, coded, articleId, annotatorIds);
    const names = new Map(coders.map((coder) => [coder.id, coder.name]));
    const spans = (byArticle.get(articleId) ?? []).filter((span) => names.has(span.annotatorId));
    const article = { articleId, text, names, labelOrder, coders: coders.length };
    for (const members of overlapGroups(spans)) groups.push(curationGroup(article, members));
  }
  return groups;
}

interface ArticleContext {
  articleId: string;
  text: string;
  /** The chosen annotators who coded the article, by id. */
  names: ReadonlyMap<string, string>;
  labelOrder: ReadonlyMap<string, number>;
  coders: number;
}

function curationGroup(article: ArticleContext, members: readonly Annotation[]): CurationGroup {
  const votes = members.map(vote).sort(byTextThenName(article.names));
  return {
    key: groupKey(
      article.articleId,
      votes.map((member) => member.annotationId),
    ),
    articleId: article.articleId,
    start: votes.reduce((start, member) => Math.min(start, member.start), Infinity),
    end: votes.reduce((end, member) => Math.max(end, member.end), -Infinity),
    votes,
    versions: curationVersions(votes, article.text, article.names, article.labelOrder),
    coders: article.coders,
  };
}

/**
 * Connected components of overlap: by start, a span joins the group unless it starts at or
 * after the furthest end the group has reached.
 */
function overlapGroups(spans: readonly Annotation[]): Annotation[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Annotation[][] = [];
  let furthestEnd = -Infinity;
  for (const span of sorted) {
    const current = groups[groups.length - 1];
    if (current === undefined || span.start >= furthestEnd) {
      groups.push([span]);
      furthestEnd = span.end;
    } else {
      current.push(span);
      furthestEnd = Math.max(furthestEnd, span.end);
    }
  }
  return groups;
}

function annotationsByArticle(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = byArticle.get(annotation.articleId);
    if (list === undefined) byArticle.set(annotation.articleId, [annotation]);
    else list.push(annotation);
  }
  return byArticle;
}

function vote(annotation: Annotation): CurationVote {
  return {
    annotationId: annotation.id,
    annotatorId: annotation.annotatorId,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    note: annotation.note,
    labelId: annotation.labelId,
    target: annotation.target,
    voice: annotation.voice,
    valence: annotation.valence,
  };
}

/** Text order, then annotator name; then the longer span, then the id, so the order is total. */
function byTextThenName(names: ReadonlyMap<string, string>) {
  return (a: CurationVote, b: CurationVote): number =>
    a.start - b.start ||
    compareText(names.get(a.annotatorId) ?? '', names.get(b.annotatorId) ?? '') ||
    b.end - a.end ||
    (a.annotationId < b.annotationId ? -1 : a.annotationId > b.annotationId ? 1 : 0);
}
