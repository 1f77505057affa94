import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { addArticle } from '../../../src/db/repositories/articles-repository';
import {
  listArticleAnnotations,
  patchAnnotation,
  patchAnnotationIfUnchanged,
  saveAnnotations,
  saveAnnotationsIfUnchanged,
} from '../../../src/db/repositories/annotations-repository';
import {
  becomeAnnotator,
  getAnnotatorState,
} from '../../../src/db/repositories/annotators-repository';
import {
  deleteLabelReassigning,
  getActiveCodebook,
} from '../../../src/db/repositories/codebook-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import type { Annotation } from '../../../src/domain/types';

let database: FrameLensDatabase;
let counter = 0;
let articleId = '';

beforeEach(async () => {
  counter += 1;
  database = new FrameLensDatabase(`annotations-test-${counter}`);
  await ensureSeeded(database);
  const added = await addArticle(
    {
      outletName: 'Wire',
      title: 'T',
      published: '',
      url: '',
      text: 'The militants advanced on the town.',
    },
    'paste',
    database,
  );
  if (added.status !== 'added') throw new Error('fixture');
  articleId = added.articleId;
});

afterEach(async () => {
  await database.delete();
});

function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId,
    start: 4,
    end: 13,
    exact: 'militants',
    prefix: 'The ',
    suffix: ' advanced on the town.',
    labelId: 'actor-label',
    target: 'hts',
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId: 'ada',
    status: 'accepted',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deleted: 0,
    ...overrides,
  };
}

describe('annotations', () => {
  test('saving stamps updatedAt; tombstones are kept but not listed', async () => {
    const [written] = await saveAnnotations([annotation('n1')], database);
    expect(written?.updatedAt).not.toBe('2024-01-01T00:00:00.000Z');
    await saveAnnotations([annotation('n2', { start: 18, end: 20, exact: 'on' })], database);
    await saveAnnotations([annotation('n1', { deleted: 1 })], database);
    expect((await listArticleAnnotations(articleId, database)).map((a) => a.id)).toEqual(['n2']);
    expect(await database.annotations.count()).toBe(2);
  });

  test('an annotation for an article that does not exist is refused and nothing is written', async () => {
    await expect(
      saveAnnotations([annotation('n1'), annotation('n2', { articleId: 'missing' })], database),
    ).rejects.toThrow('no longer exists');
    expect(await database.annotations.count()).toBe(0);
  });
});

describe('field edits', () => {
  test('a patch applies to the stored state, so edits of different fields from two tabs both stay', async () => {
    await saveAnnotations([annotation('n1')], database);
    // Two tabs loaded n1 (voice own, valence -1); one changes the voice, the other the valence.
    await patchAnnotation('n1', { voice: 'attributed' }, database);
    const { before, after } = await patchAnnotation('n1', { valence: 2 }, database);
    expect(before.voice).toBe('attributed');
    expect(after).toMatchObject({ voice: 'attributed', valence: 2, labelId: 'actor-label' });
    await expect(patchAnnotation('missing', { note: 'x' }, database)).rejects.toThrow(
      'no longer exists',
    );
  });
});

describe('labels in use', () => {
  test('cannot be deleted without a replacement; with one, annotations move in one transaction', async () => {
    await saveAnnotations(
      [annotation('n1'), annotation('n2', { labelId: 'loaded-language' })],
      database,
    );
    const codebook = await getActiveCodebook(database);
    await expect(deleteLabelReassigning(codebook, 'actor-label', null, database)).rejects.toThrow(
      'used by 1 annotation:',
    );
    expect((await getActiveCodebook(database)).labels).toHaveLength(6);
    const next = await deleteLabelReassigning(codebook, 'actor-label', 'loaded-language', database);
    expect(next.labels.map((label) => label.id)).not.toContain('actor-label');
    expect((await database.annotations.toArray()).map((a) => a.labelId)).toEqual([
      'loaded-language',
      'loaded-language',
    ]);
  });
});

describe('annotators', () => {
  test('the first name creates an annotator; the same name again (other case) reuses it', async () => {
    expect((await getAnnotatorState(database)).current).toBeNull();
    const ada = await becomeAnnotator('  Ada  Lovelace ', database);
    expect(ada.name).toBe('Ada Lovelace');
    const again = await becomeAnnotator('ada lovelace', database);
    expect(again.id).toBe(ada.id);
    const state = await getAnnotatorState(database);
    expect(state.current?.id).toBe(ada.id);
    expect(state.all).toHaveLength(1);
    await expect(becomeAnnotator('   ', database)).rejects.toThrow('Type your name.');
  });
});

describe('writes that must not overwrite another tab', () => {
  test('a note draft is written only over the note it started from', async () => {
    await saveAnnotations([annotation('n1')], database);
    // Another tab saved its note after this tab's draft started from the empty note.
    await patchAnnotation('n1', { note: 'note from A' }, database);
    const refused = await patchAnnotationIfUnchanged('n1', { note: '' }, { note: '' }, database);
    expect(refused).toMatchObject({ ok: false, stored: { note: 'note from A' } });
    expect((await database.annotations.get('n1'))?.note).toBe('note from A');

    const written = await patchAnnotationIfUnchanged(
      'n1',
      { note: 'note from B' },
      { note: 'note from A' },
      database,
    );
    expect(written.ok).toBe(true);
    expect((await database.annotations.get('n1'))?.note).toBe('note from B');
  });

  test('an undo whose record changed elsewhere writes nothing, not even a tombstone', async () => {
    const [created] = await saveAnnotations([annotation('n1')], database);
    if (!created) throw new Error('fixture');
    // Another tab deleted it; undoing this tab's create would write a tombstone over that.
    await saveAnnotations([{ ...created, deleted: 1, note: 'deleted there' }], database);
    const outcome = await saveAnnotationsIfUnchanged(
      [created],
      [{ ...created, deleted: 1 }],
      database,
    );
    expect(outcome).toMatchObject({ ok: false, changedIds: ['n1'] });
    expect((await database.annotations.get('n1'))?.note).toBe('deleted there');

    // A record that is not stored at all (a restore removed it) is not written either.
    const gone = await saveAnnotationsIfUnchanged(
      [annotation('n2')],
      [annotation('n2', { deleted: 1 })],
      database,
    );
    expect(gone).toMatchObject({ ok: false, changedIds: ['n2'] });
    expect(await database.annotations.get('n2')).toBeUndefined();

    const current = await database.annotations.get('n1');
    if (!current) throw new Error('fixture');
    const applied = await saveAnnotationsIfUnchanged(
      [current],
      [{ ...current, deleted: 0 }],
      database,
    );
    expect(applied.ok).toBe(true);
    expect((await database.annotations.get('n1'))?.deleted).toBe(0);
  });
});
