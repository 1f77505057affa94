import type { CountingDefault, CountingSource } from '../../../domain/summary/counting-set';
import { countedAnnotatorIds, type FilterState } from './filter-state';

const DEFAULT_REASONS: Record<CountingSource, string> = {
  'answer-key': 'the answer key of your assignments',
  gold: 'the curated gold',
  current: 'your own annotations',
  everyone: 'everyone who annotated',
};

/** Why the default set was chosen, for the "Use the default" button and the header. */
export function defaultReason(defaults: CountingDefault): string {
  return DEFAULT_REASONS[defaults.source];
}

/**
 * Whose annotations the summary counts, in words: "Counting: Ms Rivera's annotations",
 * "Counting 3 annotators, each place once", "Counting 3 annotators, every annotation".
 */
export function describeCounting(
  state: FilterState,
  defaults: CountingDefault,
  annotators: readonly { id: string; name: string }[],
): string {
  const ids = countedAnnotatorIds(state, defaults) ?? annotators.map((annotator) => annotator.id);
  if (ids.length === 1) {
    const only = ids[0] ?? '';
    const name = annotators.find((annotator) => annotator.id === only)?.name ?? only;
    return `Counting: ${name}'s annotations`;
  }
  const how = state.countEvery ? 'every annotation' : 'each place once';
  return `Counting ${ids.length} annotators, ${how}`;
}
