import type { ScorableAnnotation } from '../../../src/domain/scoring/score-class';

let counter = 0;

/** A hand-made accepted span: article "a1", label "L" unless given. */
export function span(
  start: number,
  end: number,
  more: Partial<ScorableAnnotation> = {},
): ScorableAnnotation {
  counter += 1;
  return {
    id: `s${counter}`,
    articleId: 'a1',
    labelId: 'L',
    target: null,
    voice: 'own',
    valence: 0,
    status: 'accepted',
    deleted: 0,
    start,
    end,
    ...more,
  };
}
