/*
 * The definitions behind the Agreement page's numbers, in plain words, shown in each section's
 * "How is this computed?" (src/domain/agreement gives the same rules in code).
 */

export function UnitsRule() {
  return (
    <p>
      <strong>Units are words.</strong> Each article is split into words (Unicode word
      segmentation); an annotation covers a word when it covers any of its characters. Only accepted
      annotations that are not deleted count. A word&apos;s value for one annotator is the label
      covering it, the set of labels when several do, or “none”. <strong>Missing data:</strong> an
      annotator who has not coded an article (no annotation on it, not marked done, not handed in)
      has no value for its words — missing, not “none”.
    </p>
  );
}

export function AlphaRule() {
  return (
    <>
      <p>
        <strong>Krippendorff&apos;s α</strong> = 1 − D<sub>o</sub> / D<sub>e</sub>: one minus the
        disagreement observed between annotators on the same word over the disagreement expected by
        chance from how often each value is used. Computed from the coincidence matrix (Krippendorff
        2011); words with fewer than two values are left out.
      </p>
      <p>
        1 is perfect agreement, 0 agreement no better than chance, below 0 worse than chance. When
        every word has the same value there is nothing to tell apart, and α is undefined.{' '}
        <var>n</var> is the number of values in words with at least two.
      </p>
    </>
  );
}

export function LabelAlphaRule() {
  return (
    <p>
      <strong>α per label</strong> is the same α with two values only: the word is covered by that
      label, or it is not. A label nobody used has no variation, so its α is undefined.
    </p>
  );
}

export function ArticleAlphaRule() {
  return (
    <p>
      <strong>α per article</strong> is α over that article&apos;s words alone, among the chosen
      annotators who coded it (the Annotators column). An article with a low α is the one to read
      again together; open it to see the disagreement map.
    </p>
  );
}

export function KappaRule() {
  return (
    <p>
      <strong>Cohen&apos;s κ</strong> for a pair = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p
      <sub>e</sub>), over the words both annotators coded, with the same values as α: p<sub>o</sub>{' '}
      is the share of those words where the two agree, p<sub>e</sub> the share expected by chance
      from each one&apos;s own use of the values. <var>n</var> is the words both coded. The shading
      follows Landis &amp; Koch&apos;s bands (below 0, up to 0.2 slight, 0.4 fair, 0.6 moderate, 0.8
      substantial, above almost perfect); the number is always shown.
    </p>
  );
}

export function SpanF1Rule() {
  return (
    <>
      <p>
        <strong>Span F1</strong> of B against A, on the articles both coded. An <em>exact</em> match
        has the same start, end and label; an <em>overlap</em> match the same label and at least one
        shared character. Matching is one to one: the pairs with the larger overlap are matched
        first, then the earlier start.
      </p>
      <p>
        P = matched / B&apos;s spans, R = matched / A&apos;s spans, F1 = 2PR / (P + R). F1 is the
        same whichever annotator is A. <var>n</var> is A&apos;s spans + B&apos;s spans; with no
        spans on a side, F1 is undefined.
      </p>
    </>
  );
}

export function AttributesRule() {
  return (
    <>
      <p>
        For every pair of annotators, their spans are matched one to one by overlap (same label, as
        for span F1). Each matched pair is one unit with two values; <var>n</var> is the number of
        matched pairs.
      </p>
      <p>
        <strong>Target</strong> and <strong>voice</strong>: nominal α (no target is a value of its
        own); Agreement is the share of pairs with the same target, or the same voice.{' '}
        <strong>Valence</strong>: interval α, where a difference of 2 counts four times as much as a
        difference of 1 (squared differences); Agreement is the share of pairs whose valences differ
        by at most 1.
      </p>
    </>
  );
}
