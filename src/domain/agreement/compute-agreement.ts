import type { Annotation } from '../types';
import type {
  AgreementInput,
  AgreementReport,
  AgreementSelection,
  PairAgreement,
} from './agreement-types';
import { resolveSelection } from './agreement-selection';
import { codedArticles, type CodedArticle } from './article-codings';
import { attributeAgreement, attributeTallies, countAttributes } from './attribute-agreement';
import { codedKey, codedPairs } from './coded-articles';
import { cohenKappa, type SharedArticle } from './cohen-kappa';
import { LabelSetValues } from './label-set-values';
import { attributeIds } from './label-spans';
import { f1Result, pairSpans, sumCounts, type OnMatch, type SpanCounts } from './span-f1';
import { tokenAlphas } from './token-alpha';

/**
 * Every agreement measure for the selection: α overall, per label and per article, κ and span
 * F1 for every pair, and attribute agreement on matched spans.
 */
export function computeAgreement(
  input: AgreementInput,
  selection: AgreementSelection,
): AgreementReport {
  const live = input.annotations.filter((a) => a.status === 'accepted' && a.deleted === 0);
  const coded = codedPairs({ ...input, annotations: live });
  const { annotators, articles } = resolveSelection(input, selection, coded);
  const values = new LabelSetValues();
  const coding = codedArticles(articles, {
    annotatorIds: annotators.map((annotator) => annotator.id),
    coded,
    spans: spansByCoding(live),
    values,
    attributeIds: attributeIds(),
  });
  const noUnits =
    annotators.length < 2
      ? 'Agreement needs at least two annotators; fewer are chosen.'
      : 'No two of the chosen annotators coded the same article.';
  const alphas = tokenAlphas(coding, { values, labels: input.labels, noUnits });
  const labelName = labelNames(input.labels);
  const labelIndex = new Map(input.labels.map((label, index) => [label.id, index]));
  const attributes = attributeTallies();
  const pairs = pairMeasures(coding, annotators, countAttributes(attributes), {
    labelName,
    labelOrder: (labelId) => labelIndex.get(labelId) ?? input.labels.length,
    describe: (value) => describeValue(values, labelName, value),
    values: values.size,
  });
  return {
    annotators,
    articles: articles.map(({ id, title, outletId }) => ({ id, title, outletId })),
    codedPairs: coding.reduce((sum, article) => sum + article.codings.length, 0),
    tokens: coding.reduce((sum, article) => sum + article.tokens, 0),
    alpha: alphas.overall,
    alphaByLabel: alphas.byLabel,
    alphaByArticle: alphas.byArticle,
    pairs,
    attributes: attributeAgreement(attributes),
  };
}

function spansByCoding(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const spans = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const key = codedKey(annotation.annotatorId, annotation.articleId);
    const list = spans.get(key);
    if (list) list.push(annotation);
    else spans.set(key, [annotation]);
  }
  return spans;
}

/** Label id → name; label ids missing from the codebook stand for themselves. */
function labelNames(labels: AgreementInput['labels']): (labelId: string) => string {
  const names = new Map(labels.map((label) => [label.id, label.name]));
  return (labelId) => names.get(labelId) ?? labelId;
}

function describeValue(values: LabelSetValues, labelName: (id: string) => string, value: number) {
  if (value === 0) return 'no label';
  return `“${values.labelsOf(value).map(labelName).join(' + ')}”`;
}

interface PairWords {
  labelName: (labelId: string) => string;
  /** Codebook order of a label; labels not in the codebook come last. */
  labelOrder: (labelId: string) => number;
  describe: (value: number) => string;
  values: number;
}

/** Every pair in report order; `onMatch` sees each overlap-matched pair of spans. */
function pairMeasures(
  articles: readonly CodedArticle[],
  annotators: readonly { id: string; name: string }[],
  onMatch: OnMatch,
  words: PairWords,
): PairAgreement[] {
  const shared = sharedArticles(articles, annotators.length);
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < annotators.length; i++) {
    for (let j = i + 1; j < annotators.length; j++) {
      const both = shared[i * annotators.length + j]!;
      const spans = pairSpans(both, onMatch);
      pairs.push(pairAgreement(annotators[i]!, annotators[j]!, both, spans, words));
    }
  }
  return pairs;
}

function pairAgreement(
  a: { id: string; name: string },
  b: { id: string; name: string },
  both: readonly SharedArticle[],
  spans: Map<string, SpanCounts>,
  words: PairWords,
): PairAgreement {
  const f1 = (counts: SpanCounts, what: string) => {
    const f1Words = { nameA: a.name, nameB: b.name, what, shareArticles: both.length > 0 };
    return {
      exact: f1Result(counts.exact, counts.a, counts.b, f1Words),
      overlap: f1Result(counts.overlap, counts.a, counts.b, f1Words),
    };
  };
  return {
    a: a.id,
    b: b.id,
    kappa: cohenKappa(both, {
      pair: `${a.name} and ${b.name}`,
      describe: words.describe,
      values: words.values,
    }),
    ...f1(sumCounts(spans.values()), 'span'),
    byLabel: [...spans]
      .filter(([, counts]) => counts.a + counts.b > 0)
      .sort(([x], [y]) => words.labelOrder(x) - words.labelOrder(y) || x.localeCompare(y))
      .map(([labelId, counts]) => ({
        labelId,
        ...f1(counts, `“${words.labelName(labelId)}” span`),
      })),
  };
}

/** For annotators i < j, the articles both coded at index i·count + j. */
function sharedArticles(articles: readonly CodedArticle[], count: number): SharedArticle[][] {
  const shared: SharedArticle[][] = Array.from({ length: count * count }, () => []);
  for (const article of articles) {
    const { codings, tokens } = article;
    for (let x = 0; x < codings.length; x++) {
      for (let y = x + 1; y < codings.length; y++) {
        const a = codings[x]!;
        const b = codings[y]!;
        shared[a.annotator * count + b.annotator]!.push({ tokens, a, b });
      }
    }
  }
  return shared;
}
