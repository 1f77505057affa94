import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type { Codebook } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { nowIso } from '../ids';

export async function getActiveCodebook(
  database: FrameLensDatabase = defaultDb,
): Promise<Codebook> {
  return (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
}

/**
 * Applies an edit to the codebook as stored at this moment (read and write in one
 * transaction, so two tabs editing at once never overwrite each other's changes).
 */
export async function updateCodebook(
  edit: (current: Codebook) => Codebook,
  database: FrameLensDatabase = defaultDb,
): Promise<Codebook> {
  return database.transaction('rw', database.codebooks, async () => {
    const current =
      (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
    const next = { ...edit(current), version: current.version + 1, updatedAt: nowIso() };
    await database.codebooks.put(next);
    return next;
  });
}

/**
 * Removes a label after moving its annotations (tombstones too, so merges stay consistent)
 * and its lexicon entries to another label, in one transaction.
 */
export async function deleteLabelReassigning(
  codebook: Codebook,
  labelId: string,
  replacementLabelId: string | null,
  database: FrameLensDatabase = defaultDb,
): Promise<Codebook> {
  return database.transaction(
    'rw',
    [database.codebooks, database.annotations, database.lexicon],
    async () => {
      const inUse = await database.annotations.where('labelId').equals(labelId).toArray();
      const live = inUse.filter((annotation) => !annotation.deleted);
      if (live.length > 0 && !replacementLabelId) {
        const count = live.length === 1 ? '1 annotation' : `${live.length} annotations`;
        throw new Error(`This label is used by ${count}: choose a label to move them to.`);
      }
      if (replacementLabelId && !codebook.labels.some((label) => label.id === replacementLabelId)) {
        throw new Error('The replacement label does not exist.');
      }
      const updatedAt = nowIso();
      if (replacementLabelId) {
        await database.annotations.bulkPut(
          inUse.map((annotation) => ({ ...annotation, labelId: replacementLabelId, updatedAt })),
        );
        await database.lexicon
          .where('labelId')
          .equals(labelId)
          .modify({ labelId: replacementLabelId });
      }
      const next: Codebook = {
        ...codebook,
        labels: codebook.labels.filter((label) => label.id !== labelId),
        version: codebook.version + 1,
        updatedAt,
      };
      await database.codebooks.put(next);
      return next;
    },
  );
}
