import type { AgreementInput } from '../../../src/domain/agreement/agreement-types';
import type { Annotation } from '../../../src/domain/types';

let counter = 0;

/** A hand-made accepted annotation; label "l" ("Loaded"), no target, own voice, valence 0. */
export function mark(
  annotatorId: string,
  articleId: string,
  start: number,
  end: number,
  more: Partial<Annotation> = {},
): Annotation {
  counter += 1;
  return {
    id: `m${counter}`,
    articleId,
    start,
    end,
    exact: '',
    prefix: '',
    suffix: '',
    labelId: 'l',
    target: null,
    valence: 0,
    voice: 'own',
    note: '',
    annotatorId,
    status: 'accepted',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    deleted: 0,
    ...more,
  };
}

export const LABELS = [
  { id: 'l', name: 'Loaded' },
  { id: 'm', name: 'Metaphor' },
  { id: 'e', name: 'Euphemism' },
];

export function input(more: Partial<AgreementInput>): AgreementInput {
  return {
    articles: [],
    annotations: [],
    annotators: [],
    labels: LABELS,
    doneMarks: [],
    submitted: [],
    ...more,
  };
}
