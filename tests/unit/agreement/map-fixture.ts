import type { AgreementInput } from '../../../src/domain/agreement/agreement-types';
import type { Annotation } from '../../../src/domain/types';

let nextId = 0;

/** An accepted annotation of `text` at the first occurrence of `exact` at or after `from`. */
export function span(
  text: string,
  annotatorId: string,
  exact: string,
  labelId: string,
  extra: Partial<Annotation> = {},
  from = 0,
): Annotation {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  nextId += 1;
  return {
    id: `a${String(nextId).padStart(4, '0')}`,
    articleId: 'art',
    start,
    end: start + exact.length,
    exact,
    prefix: '',
    suffix: '',
    labelId,
    target: null,
    valence: 0,
    voice: 'own',
    note: '',
    annotatorId,
    status: 'accepted',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    deleted: 0,
    ...extra,
  };
}

export function agreementInput(
  text: string,
  annotators: AgreementInput['annotators'],
  annotations: Annotation[],
  more: Partial<AgreementInput> = {},
): AgreementInput {
  return {
    articles: [{ id: 'art', title: 'The town', outletId: 'o1', text }],
    annotations,
    annotators,
    labels: [
      { id: 'loaded', name: 'Loaded' },
      { id: 'euph', name: 'Euphemism' },
    ],
    doneMarks: [],
    submitted: [],
    ...more,
  };
}
