import { describe, expect, test } from 'vitest';
import {
  afterRedo,
  afterUndo,
  changedElsewhere,
  dropStepsTouching,
  emptyHistory,
  recordStep,
  redoExpects,
  redoWrites,
  undoExpects,
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

describe('may a step be undone or redone over the stored record?', () => {
  const storedAs = (...rows: Annotation[]) => new Map(rows.map((row) => [row.id, row]));
  const edited = { ...base, labelId: 'loaded-language' };

  test('undo applies when the record is as the step left it, whatever its write stamp', () => {
    expect(changedElsewhere(undoExpects(edit), storedAs({ ...edited, updatedAt: 't9' }))).toEqual(
      [],
    );
  });

  test('undo is refused when another tab deleted the record or changed any field', () => {
    expect(changedElsewhere(undoExpects(edit), storedAs({ ...edited, deleted: 1 }))).toEqual([
      'a1',
    ]);
    expect(changedElsewhere(undoExpects(edit), storedAs({ ...edited, note: 'theirs' }))).toEqual([
      'a1',
    ]);
  });

  test('undo of a create is refused when a restore removed the record', () => {
    expect(changedElsewhere(undoExpects(create), storedAs())).toEqual(['a1']);
  });

  test('redo of a create applies over the tombstone its undo wrote, not over a revived record', () => {
    expect(changedElsewhere(redoExpects(create), storedAs({ ...base, deleted: 1 }))).toEqual([]);
    expect(changedElsewhere(redoExpects(create), storedAs(base))).toEqual(['a1']);
  });

  test('dropping the steps of a changed record keeps the steps on other records', () => {
    const other: HistoryStep = {
      description: 'create other',
      changes: [{ before: null, after: { ...base, id: 'a2' } }],
    };
    const history = afterUndo(
      recordStep(recordStep(recordStep(emptyHistory, create), other), edit),
    );
    const dropped = dropStepsTouching(history, ['a1']);
    expect(dropped.past.map((step) => step.description)).toEqual(['create other']);
    expect(dropped.future).toEqual([]);
  });
});
