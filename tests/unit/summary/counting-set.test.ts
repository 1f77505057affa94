import { describe, expect, it } from 'vitest';
import { defaultCountingSet } from '../../../src/domain/summary/counting-set';

const annotators = [
  { id: 'rivera', name: 'Ms Rivera' },
  { id: 'sam', name: 'Sam' },
  { id: 'gold', name: 'Gold — curated by Ms Rivera' },
];

describe('the summary’s default counting set', () => {
  it('is the answer keys of the teacher’s assignments when set', () => {
    const set = defaultCountingSet({
      assignments: [
        { role: 'teacher', keyAnnotatorId: 'rivera' },
        { role: 'teacher', keyAnnotatorId: 'gold' },
        { role: 'teacher', keyAnnotatorId: null },
        // A student's received feedback key is not this library's answer key.
        { role: 'student', keyAnnotatorId: 'sam' },
      ],
      annotators,
      currentAnnotatorId: 'sam',
    });
    expect(set).toEqual({ source: 'answer-key', annotatorIds: ['gold', 'rivera'] });
  });

  it('is the curated gold when no key is set', () => {
    const set = defaultCountingSet({
      assignments: [{ role: 'teacher', keyAnnotatorId: null }],
      annotators,
      currentAnnotatorId: 'sam',
    });
    expect(set).toEqual({ source: 'gold', annotatorIds: ['gold'] });
  });

  it('is the current annotator without key or gold', () => {
    const set = defaultCountingSet({
      assignments: [],
      annotators: annotators.slice(0, 2),
      currentAnnotatorId: 'sam',
    });
    expect(set).toEqual({ source: 'current', annotatorIds: ['sam'] });
  });

  it('is everyone before anybody has a name here', () => {
    const set = defaultCountingSet({
      assignments: [],
      annotators: annotators.slice(0, 2),
      currentAnnotatorId: null,
    });
    expect(set).toEqual({ source: 'everyone', annotatorIds: ['rivera', 'sam'] });
  });
});
