import { describe, expect, test } from 'vitest';
import {
  afterRedo,
  afterUndo,
  emptyHistory,
  recordStep,
  redoWrites,
  undoWrites,
  type HistoryStep,
} from '../../../src/domain/annotations/edit-history';
import type { Annotation } from '../../../src/domain/types';

const base: Annotation = {
  id: 'a1',
  articleId: 'art',
  start: 10,
  end: 18,
  exact: 'militant',
  prefix: '',
  suffix: '',
  labelId: 'actor-label',
  target: null,
  valence: -1,
  voice: 'own',
  note: '',
  annotatorId: 'me',
  status: 'accepted',
  createdAt: 't0',
  updatedAt: 't0',
  deleted: 0,
};

const create: HistoryStep = { description: 'create', changes: [{ before: null, after: base }] };
const edit: HistoryStep = {
  description: 'edit',
  changes: [{ before: base, after: { ...base, labelId: 'loaded-language' } }],
};

describe('edit history', () => {
  test('undoing a create writes a tombstone; redoing it writes the annotation back', () => {
    expect(undoWrites(create)).toEqual([{ ...base, deleted: 1 }]);
    expect(redoWrites(create)).toEqual([base]);
  });

  test('undoing an edit writes the earlier state', () => {
    expect(undoWrites(edit)).toEqual([base]);
  });

  test('undo moves a step to the future, redo moves it back, a new step clears the future', () => {
    let history = recordStep(recordStep(emptyHistory, create), edit);
    history = afterUndo(history);
    expect(history.past.map((step) => step.description)).toEqual(['create']);
    expect(history.future.map((step) => step.description)).toEqual(['edit']);
    history = afterRedo(history);
    expect(history.past.map((step) => step.description)).toEqual(['create', 'edit']);
    history = recordStep(afterUndo(history), create);
    expect(history.future).toEqual([]);
  });

  test('keeps at least the last 50 steps (limit 100), dropping the oldest', () => {
    let history = emptyHistory;
    for (let i = 0; i < 120; i += 1) {
      history = recordStep(history, {
        description: `step ${i}`,
        changes: [{ before: null, after: base }],
      });
    }
    // 120 steps recorded, limit 100: steps 20..119 remain.
    expect(history.past).toHaveLength(100);
    expect(history.past[0]?.description).toBe('step 20');
  });

  test('a step without changes is not recorded', () => {
    expect(recordStep(emptyHistory, { description: 'nothing', changes: [] })).toBe(emptyHistory);
  });
});
