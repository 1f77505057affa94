import type { AlphaResult } from './agreement-types';
import type { CodedArticle } from './article-codings';
import {
  addNominalUnit,
  addUniformUnits,
  mergeNominal,
  nominalAlpha,
  nominalTally,
  type AlphaReasons,
  type NominalTally,
} from './krippendorff';
import type { LabelSetValues } from './label-set-values';

/** Per label: n·D_o of the binary α and how many pairable values are "covered by it". */
interface LabelSums {
  disagreement: Float64Array;
  covered: Float64Array;
}

export interface TokenAlphas {
  overall: AlphaResult;
  byArticle: { articleId: string; coders: number; alpha: AlphaResult }[];
  byLabel: { labelId: string; alpha: AlphaResult }[];
}

interface TokenAlphaContext {
  values: LabelSetValues;
  labels: readonly { id: string; name: string }[];
  /** Why there is nothing to compare at all (one annotator chosen, or no shared article). */
  noUnits: string;
}

/** Nominal α over word tokens: overall, per article and (binary) per label. */
export function tokenAlphas(
  articles: readonly CodedArticle[],
  context: TokenAlphaContext,
): TokenAlphas {
  const labelIndex = new Map(context.labels.map((label, index) => [label.id, index]));
  const setLabels = (value: number) =>
    context.values.labelsOf(value).flatMap((id) => labelIndex.get(id) ?? []);
  const labelSums: LabelSums = {
    disagreement: new Float64Array(context.labels.length),
    covered: new Float64Array(context.labels.length),
  };
  const overall = nominalTally();
  const sameValue = describeSameValue(context);
  const byArticle = articles.map((article) => {
    const tally = articleTally(article, setLabels, labelSums);
    mergeNominal(overall, tally);
    const noUnits = 'Fewer than two of the chosen annotators coded this article.';
    const alpha = nominalAlpha(tally, { noUnits, sameValue });
    return { articleId: article.id, coders: article.codings.length, alpha };
  });
  return {
    overall: nominalAlpha(overall, { noUnits: context.noUnits, sameValue }),
    byArticle,
    byLabel: context.labels.map((label, index) => ({
      labelId: label.id,
      alpha: labelAlpha(overall, labelSums, index, label.name, context.noUnits),
    })),
  };
}

const unitLabelCounts: number[] = [];
const unitLabels: number[] = [];

function articleTally(
  article: CodedArticle,
  setLabels: (value: number) => number[],
  labelSums: LabelSums,
): NominalTally {
  const tally = nominalTally();
  const { codings } = article;
  const m = codings.length;
  if (m < 2) return tally;
  const anyLabel = new Uint8Array(article.tokens);
  let labelled = 0;
  for (const coding of codings) {
    for (const token of coding.covered) {
      if (anyLabel[token] === 0) labelled += 1;
      anyLabel[token] = 1;
    }
  }
  // Tokens nobody labelled: m values "none" each, no disagreement.
  addUniformUnits(tally, 0, m, article.tokens - labelled);
  const unit = new Int32Array(m);
  const labelsOf = new Map<number, number[]>();
  for (let token = 0; token < article.tokens; token++) {
    if (anyLabel[token] === 0) continue;
    for (let c = 0; c < m; c++) unit[c] = codings[c]!.values[token]!;
    addNominalUnit(tally, unit, m);
    countLabels(unit, (value) => {
      let labels = labelsOf.get(value);
      if (!labels) labelsOf.set(value, (labels = setLabels(value)));
      return labels;
    });
    addLabelUnit(labelSums, m);
  }
  return tally;
}

function countLabels(unit: Int32Array, labelsOf: (value: number) => number[]): void {
  unitLabels.length = 0;
  for (const value of unit) {
    if (value === 0) continue;
    for (const label of labelsOf(value)) {
      const seen = unitLabelCounts[label] ?? 0;
      if (seen === 0) unitLabels.push(label);
      unitLabelCounts[label] = seen + 1;
    }
  }
}

/** Binary unit per label: k of m values "covered" → 2k(m − k) ordered pairs that differ. */
function addLabelUnit(sums: LabelSums, m: number): void {
  for (const label of unitLabels) {
    const k = unitLabelCounts[label]!;
    sums.disagreement[label] = sums.disagreement[label]! + (2 * k * (m - k)) / (m - 1);
    sums.covered[label] = sums.covered[label]! + k;
    unitLabelCounts[label] = 0;
  }
}

function labelAlpha(
  overall: NominalTally,
  sums: LabelSums,
  index: number,
  name: string,
  noUnits: string,
): AlphaResult {
  const covered = sums.covered[index]!;
  // Same units and values as the overall α, each value now "covered by the label" (1) or not (0).
  const binary: NominalTally = {
    units: overall.units,
    pairable: overall.pairable,
    disagreement: sums.disagreement[index]!,
    counts: [overall.pairable - covered, covered],
  };
  return nominalAlpha(binary, {
    noUnits,
    sameValue: (value) =>
      value === 1
        ? `Every value is the same: every word is marked “${name}”.`
        : `Every value is the same: no word is marked “${name}”.`,
  });
}

function describeSameValue(context: TokenAlphaContext): AlphaReasons['sameValue'] {
  const names = new Map(context.labels.map((label) => [label.id, label.name]));
  return (value) => {
    if (value === 0) return 'Every value is the same: nobody marked any word.';
    const labels = context.values.labelsOf(value).map((id) => names.get(id) ?? id);
    return `Every value is the same: everyone marked every word “${labels.join(' + ')}”.`;
  };
}
