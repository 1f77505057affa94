import { useTableVersion } from '../../../db';

/** The tables the summary reads (see summary-repository): a change to any of them recomputes it. */
const SUMMARY_TABLES = ['articles', 'outlets', 'annotations', 'codebooks', 'lexicon', 'annotators'];

/**
 * Names the state of the stored data the summary depends on; the summary and concordance queries
 * are keyed by it, so a new version makes the worker read IndexedDB again.
 */
export function useCorpusVersion(): string {
  return useTableVersion(SUMMARY_TABLES);
}
