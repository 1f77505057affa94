/*
 * The definitions behind the numbers, in words (the doc comments of src/domain/summary give the
 * same rules in code terms), shown in each block's "How is this computed?".
 */

export function CountedRule() {
  return (
    <p>
      <strong>What is counted.</strong> Accepted annotations that are not deleted: rejected
      suggestions and deleted annotations never count. The outlet, article and date filters choose
      articles (and so the words that rates divide by); the annotator, voice and label filters
      choose annotations only, so an article keeps counting toward its outlet’s words even when none
      of its annotations pass.
    </p>
  );
}

export function RateRule() {
  return (
    <p>
      <strong>Rate per 1,000 words</strong> = count ÷ words × 1,000, where words is the sum of the
      word counts of the outlet’s included articles (Unicode word segmentation). An outlet with no
      annotation of a label shows 0; an outlet with no words at all shows — (nothing to divide by).
    </p>
  );
}

export function TermRule() {
  return (
    <p>
      <strong>Terms.</strong> An annotation counts under the lexicon’s canonical form when its text
      is one of the lexicon’s forms — case, apostrophe (’ ') and hyphen variants are equivalent, and
      a hyphen also matches a space — otherwise under its exact text, lower-cased, with white space
      collapsed. So “TERRORISTS” counts as <em>terrorist</em> and “Assad’s regime” as{' '}
      <em>Assad regime</em>.
    </p>
  );
}

export function VoiceRule() {
  return (
    <p>
      <strong>Voice.</strong> <em>Own</em>: the outlet’s own words; <em>quoted</em>: inside
      quotation marks or an embedded post; <em>attributed</em>: a reported designation (“designated
      as … by”). “militant 3 · quoted 1” means three uses in the outlet’s own voice and one quoted;
      “quoted 1” alone, no use in the outlet’s own voice.
    </p>
  );
}

export function DateRule() {
  return (
    <p>
      <strong>Dates.</strong> A partial date stands for the whole period: an article dated 2024-09
      is included when September 2024 overlaps the range at all. A bound of 2024-09 starts on 1
      September (From) or ends on 30 September (To). Once a bound is set, undated articles are left
      out.
    </p>
  );
}

export function LogOddsRule() {
  return (
    <>
      <p>
        <strong>Weighted log-odds ratio with an informative Dirichlet prior</strong> (Monroe,
        Colaresi &amp; Quinn 2008, “Fightin’ Words”), for each term <var>w</var>, this outlet (
        <var>i</var>) against all other outlets pooled (<var>j</var>):
      </p>
      <p className="overflow-x-auto font-mono text-xs leading-6">
        δ = ln((y<sub>i</sub> + α<sub>w</sub>) / (n<sub>i</sub> + α<sub>0</sub> − y<sub>i</sub> − α
        <sub>w</sub>)) − ln((y<sub>j</sub> + α<sub>w</sub>) / (n<sub>j</sub> + α<sub>0</sub> − y
        <sub>j</sub> − α<sub>w</sub>))
        <br />
        σ² ≈ 1/(y<sub>i</sub> + α<sub>w</sub>) + 1/(y<sub>j</sub> + α<sub>w</sub>) &nbsp;&nbsp; z =
        δ / σ
      </p>
      <p>
        <var>y</var> is the term’s count in a group and <var>n</var> the group’s count of all
        annotations (terms). The prior is the whole filtered corpus’s term counts: α<sub>w</sub> =
        the term’s corpus count and α<sub>0</sub> = the corpus total — as many pseudo-counts as
        observations, so that a term used once cannot top the list on that single use. Natural logs.
        |z| &gt; 1.96 (dashed lines) is significant at about the 5% level.
      </p>
    </>
  );
}
