import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { ensureSeeded } from '../../../src/db/seeding';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { firstReleaseIds } from '../../../src/domain/lexicon/shipped/first-release-ids';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  database = new FrameLensDatabase(`shipped-upgrade-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

const allIds = defaultLexicon.map((item) => item.id);
const firstRelease = new Set(firstReleaseIds);
const firstReleaseEntries = defaultLexicon.filter((item) => firstRelease.has(item.id));
const newIds = allIds.filter((id) => !firstRelease.has(id));

async function storedIds(): Promise<string[]> {
  return (await database.lexicon.toArray()).map((item) => item.id).sort();
}

async function recordedIds(): Promise<unknown> {
  return (await database.meta.get('shippedLexiconIds'))?.value;
}

/** A database as the first release left it: seeded, no record of shipped ids. */
async function seedFirstRelease(): Promise<void> {
  await ensureSeeded(database);
  await database.lexicon.clear();
  await database.lexicon.bulkAdd(structuredClone(firstReleaseEntries));
  await database.meta.delete('shippedLexiconIds');
}

describe('the shipped lexicon on start-up', () => {
  test('a new database gets every shipped entry and records their ids', async () => {
    await ensureSeeded(database);
    expect(await storedIds()).toEqual([...allIds].sort());
    expect(await recordedIds()).toEqual(allIds);
  });

  test('a first-release database gets the new entries; what the person edited or deleted stays', async () => {
    expect(newIds.length).toBeGreaterThan(0);
    await seedFirstRelease();
    await database.lexicon.update('lx-regime', { valence: 2, note: 'mine' });
    await database.lexicon.delete('lx-terrorist');
    await ensureSeeded(database);

    const expected = allIds.filter((id) => id !== 'lx-terrorist').sort();
    expect(await storedIds()).toEqual(expected);
    expect(await database.lexicon.get('lx-regime')).toMatchObject({ valence: 2, note: 'mine' });
    expect(new Set((await recordedIds()) as string[])).toEqual(new Set(allIds));
  });

  test('a new entry the person deleted or edited after the upgrade is not offered again', async () => {
    await seedFirstRelease();
    await ensureSeeded(database);
    await database.lexicon.delete('lx-rioter');
    await database.lexicon.update('lx-mob', { forms: ['mob'] });
    await ensureSeeded(database);
    expect(await database.lexicon.get('lx-rioter')).toBeUndefined();
    expect((await database.lexicon.get('lx-mob'))?.forms).toEqual(['mob']);
  });

  test('an entry shipped later is added once; an id already stored is left as it is', async () => {
    await ensureSeeded(database);
    // As if lx-rioter and lx-mob were new in this release: neither was offered before.
    const older = allIds.filter((id) => id !== 'lx-rioter' && id !== 'lx-mob');
    await database.meta.put({ key: 'shippedLexiconIds', value: older });
    await database.lexicon.delete('lx-rioter');
    await database.lexicon.update('lx-mob', { note: 'imported with this id' });
    await ensureSeeded(database);
    expect(await database.lexicon.get('lx-rioter')).toMatchObject({ canonical: 'rioters' });
    expect((await database.lexicon.get('lx-mob'))?.note).toBe('imported with this id');
    expect(await storedIds()).toEqual([...allIds].sort());
  });
});
