import type { Annotator } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId } from '../ids';
import { CURRENT_ANNOTATOR_KEY } from '../meta-keys';

export interface AnnotatorState {
  current: Annotator | null;
  all: Annotator[];
}

export async function getAnnotatorState(
  database: FrameLensDatabase = defaultDb,
): Promise<AnnotatorState> {
  const [all, currentRecord] = await Promise.all([
    database.annotators.toArray(),
    database.meta.get(CURRENT_ANNOTATOR_KEY),
  ]);
  const currentId = typeof currentRecord?.value === 'string' ? currentRecord.value : null;
  return {
    current: all.find((annotator) => annotator.id === currentId) ?? null,
    all: all.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Creates an annotator (or reuses one with the same name) and makes it the current one. */
export async function becomeAnnotator(
  name: string,
  database: FrameLensDatabase = defaultDb,
): Promise<Annotator> {
  const cleaned = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (cleaned === '') throw new Error('Type your name.');
  return database.transaction('rw', [database.annotators, database.meta], async () => {
    const existing = (await database.annotators.toArray()).find(
      (annotator) => annotator.name.toLocaleLowerCase() === cleaned.toLocaleLowerCase(),
    );
    const annotator: Annotator = existing ?? { id: newId(), name: cleaned, role: 'annotator' };
    if (!existing) await database.annotators.add(annotator);
    await database.meta.put({ key: CURRENT_ANNOTATOR_KEY, value: annotator.id });
    return annotator;
  });
}
