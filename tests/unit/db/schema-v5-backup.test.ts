import { describe, expect, test } from 'vitest';
import { createBackup } from '../../../src/db/backup';
import type { FrameLensDatabase } from '../../../src/db/database';
import { countTableRows, restoreBackup } from '../../../src/db/repositories/restore-repository';
import { countBackupRows, parseBackup } from '../../../src/domain/exchange/kinds/backup-file';
import type { PersonalLexiconEntry, SuggestionFeedback } from '../../../src/domain/types';
import { teacherLibrary } from '../classroom/intake-helpers';
import { dumpDatabase, trackedDatabases } from './exchange-test-helpers';

const fresh = trackedDatabases();
const TABLES = ['personalLexicon', 'suggestionFeedback'] as const;

const term = (id: string, canonical: string): PersonalLexiconEntry => ({
  id,
  pattern: canonical,
  forms: [canonical, `${canonical}s`],
  labelId: 'actor-label',
  valence: -2,
  canonical,
  note: '',
  origin: 'marked',
  addedAt: '2026-12-07T09:00:00.000Z',
});

const feedback = (entryId: string, accepted: number, rejected: number): SuggestionFeedback => ({
  annotatorId: 'teacher-1',
  entryId,
  accepted,
  rejected,
  updatedAt: '2026-12-07T09:30:00.000Z',
});

async function libraryWithTerms(): Promise<FrameLensDatabase> {
  const database = fresh('personal-backup-source');
  await teacherLibrary(database);
  await database.personalLexicon.bulkAdd([term('p-1', 'thug'), term('p-2', 'hooligan')]);
  await database.suggestionFeedback.bulkAdd([feedback('p-1', 0, 3), feedback('lex-mob', 2, 1)]);
  await database.lexicon.put({
    id: 'lex-mob',
    pattern: 'mob',
    forms: ['mob'],
    labelId: 'actor-label',
    valence: -2,
    canonical: 'mob',
    note: '',
    source: 'Newsroom style guides on labels',
  });
  return database;
}

type BackupJson = { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> };

async function parsed(text: string, schemaVersion: number) {
  const backup = await parseBackup(text, schemaVersion);
  if (!backup.ok) throw new Error(backup.error.message);
  return backup.value;
}

describe('backups hold your terms and the suggestion feedback', () => {
  test('a round trip restores both tables exactly, and a lexicon entry keeps its source', async () => {
    const source = await libraryWithTerms();
    const backup = await parsed(await createBackup(source), source.verno);
    // Two terms (thug, hooligan) and two feedback rows (p-1, lex-mob).
    expect(countBackupRows(backup.tables)).toMatchObject({
      personalLexicon: 2,
      suggestionFeedback: 2,
    });
    const target = fresh('personal-backup-target');
    await restoreBackup(backup, {}, target);
    const before = await dumpDatabase(source);
    const after = await dumpDatabase(target);
    for (const table of TABLES) expect(after[table], table).toEqual(before[table]);
    expect(await target.lexicon.get('lex-mob')).toMatchObject({
      source: 'Newsroom style guides on labels',
    });
    expect(await countTableRows(target)).toMatchObject({
      personalLexicon: 2,
      suggestionFeedback: 2,
    });
  });

  test('a backup made by schema version 4 (without them) restores them empty', async () => {
    const source = await libraryWithTerms();
    const backup = JSON.parse(await createBackup(source)) as BackupJson;
    for (const table of TABLES) delete backup.tables[table];
    backup.schemaVersion = 4;
    const target = await libraryWithTerms();

    const old = await parsed(JSON.stringify(backup), target.verno);
    expect(countBackupRows(old.tables)).toMatchObject({
      personalLexicon: 0,
      suggestionFeedback: 0,
    });
    await restoreBackup(old, {}, target);

    const after = await dumpDatabase(target);
    for (const table of TABLES) expect(after[table], table).toEqual([]);
    expect(after.articles).toHaveLength(2);
  });

  test.each([
    [
      'a term of an unknown origin',
      (tables: BackupJson['tables']) => (tables.personalLexicon![0]!.origin = 'guessed'),
      'tables.personalLexicon[0].origin',
    ],
    [
      'a term without forms',
      (tables: BackupJson['tables']) => delete tables.personalLexicon![1]!.forms,
      'tables.personalLexicon[1].forms',
    ],
    [
      'a negative count',
      (tables: BackupJson['tables']) => (tables.suggestionFeedback![0]!.rejected = -1),
      'tables.suggestionFeedback[0].rejected',
    ],
    [
      'the same annotator and entry twice',
      (tables: BackupJson['tables']) =>
        (tables.suggestionFeedback![1]!.entryId = tables.suggestionFeedback![0]!.entryId),
      'tables.suggestionFeedback[1] has the same annotator and entry as tables.suggestionFeedback[0]',
    ],
  ])('refuses %s, saying where', async (_, breakIt, message) => {
    const source = await libraryWithTerms();
    const backup = JSON.parse(await createBackup(source)) as BackupJson;
    breakIt(backup.tables);
    const result = await parseBackup(JSON.stringify(backup), source.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});
