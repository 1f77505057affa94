import type { DisagreementMap } from '../../../src/domain/agreement/disagreement-types';

/**
 * A hand-made map over "The militants stormed the border town." with three annotators:
 *   militants [4,13)  Ana, Ben, Cy: Actor label        → 3 of 3, same label: agreed
 *   stormed   [14,21) Ana: Action framing              → 1 of 3 (1 × 2 ≤ 3): contested
 *   border    [26,32) Ana: Loaded, Ben: Action framing → different labels: contested
 *   town      [33,37) Ana: Loaded, Ben: Loaded          → 2 of 3 (2 × 2 > 3), same label: agreed
 */
export const text = 'The militants stormed the border town.';

export const labels = [
  { id: 'actor-label', name: 'Actor label' },
  { id: 'loaded-language', name: 'Loaded language' },
  { id: 'action-framing', name: 'Action framing' },
];

export const map: DisagreementMap = {
  articleId: 'a1',
  annotators: [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
    { id: 'cy', name: 'Cy' },
  ],
  runs: [
    {
      start: 4,
      end: 13,
      marks: [
        { annotatorId: 'ana', labelIds: ['actor-label'] },
        { annotatorId: 'ben', labelIds: ['actor-label'] },
        { annotatorId: 'cy', labelIds: ['actor-label'] },
      ],
      contested: false,
    },
    {
      start: 14,
      end: 21,
      marks: [{ annotatorId: 'ana', labelIds: ['action-framing'] }],
      contested: true,
    },
    {
      start: 26,
      end: 32,
      marks: [
        { annotatorId: 'ana', labelIds: ['loaded-language'] },
        { annotatorId: 'ben', labelIds: ['action-framing'] },
      ],
      contested: true,
    },
    {
      start: 33,
      end: 37,
      marks: [
        { annotatorId: 'ana', labelIds: ['loaded-language'] },
        { annotatorId: 'ben', labelIds: ['loaded-language'] },
      ],
      contested: false,
    },
  ],
  contested: [
    { start: 14, end: 21 },
    { start: 26, end: 32 },
  ],
};
