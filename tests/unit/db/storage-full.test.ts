import { describe, expect, test } from 'vitest';
import { createBackup } from '../../../src/db/backup';
import type { FrameLensDatabase } from '../../../src/db/database';
import { parseBackup } from '../../../src/domain/exchange/kinds/backup-file';
import { restoreBackup } from '../../../src/db/repositories/restore-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import { errorText, isQuotaError, STORAGE_FULL_MESSAGE } from '../../../src/ui/error-text';
import { dumpDatabase, injectWriteFailures, trackedDatabases } from './exchange-test-helpers';

const database = trackedDatabases();

/**
 * Once the returned switch is called, every write to `table` fails the way a full disk makes
 * IndexedDB fail (middleware is installed before the database opens).
 */
function diskFillingUp(db: FrameLensDatabase, table: string): () => void {
  let full = false;
  injectWriteFailures(db, table, (request) =>
    full && (request.type === 'add' || request.type === 'put')
      ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      : null,
  );
  return () => {
    full = true;
  };
}

/** What comlink hands the page for an error thrown in the import worker: name and message. */
function copiedAcrossWorker(error: Error): Error {
  return Object.assign(new Error(error.message), { name: error.name });
}

describe('a full disk is named in plain words', () => {
  test('a restore failing on a full disk: the plain message, also after crossing the worker', async () => {
    const source = database('quota-source');
    await ensureSeeded(source);
    const json = await createBackup(source);
    const target = database('quota-target');
    const fill = diskFillingUp(target, 'articles');
    await ensureSeeded(target);
    const before = await dumpDatabase(target);
    fill();
    const parsed = await parseBackup(json, target.verno);
    if (!parsed.ok) throw new Error(parsed.error.message);

    const failure = await restoreBackup(parsed.value, {}, target).then(
      () => null,
      (error: unknown) => error as Error,
    );
    if (!failure) throw new Error('the restore did not fail');
    expect(isQuotaError(failure)).toBe(true);
    expect(errorText(failure)).toBe(STORAGE_FULL_MESSAGE);
    expect(errorText(copiedAcrossWorker(failure))).toBe(STORAGE_FULL_MESSAGE);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  test('the message says what is wrong and what to do; other errors keep their own text', () => {
    expect(STORAGE_FULL_MESSAGE).toMatch(/^Your browser's storage for this site is full/);
    expect(STORAGE_FULL_MESSAGE).toMatch(/free space .*or download a backup/i);
    expect(errorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      STORAGE_FULL_MESSAGE,
    );
    expect(isQuotaError(new Error('Transaction aborted'))).toBe(false);
    expect(errorText(new Error('Transaction aborted'))).toBe('Transaction aborted');
    expect(errorText('plain')).toBe('plain');
  });
});
