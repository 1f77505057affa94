import { expect, test } from 'vitest';
import { listGuesses, setGuess } from '../../../src/db/repositories/classroom-repository';
import { trackedDatabases } from './exchange-test-helpers';

const fresh = trackedDatabases();

test('changing the lean keeps the outlet already guessed, and the other way round', async () => {
  const database = fresh('guesses');
  const key = { assignmentId: 'as-1', annotatorId: 'ann', code: 'Outlet A' };
  // Two changes started together, as two quick picks in the form are: neither undoes the other.
  await Promise.all([
    setGuess({ ...key, outletName: 'RT' }, database),
    setGuess({ ...key, lean: 'state-media' }, database),
  ]);
  const [guess] = await listGuesses('as-1', database);
  expect([guess?.outletName, guess?.lean]).toEqual(['RT', 'state-media']);
  await setGuess({ ...key, outletName: null }, database);
  const [cleared] = await listGuesses('as-1', database);
  expect([cleared?.outletName, cleared?.lean]).toEqual([null, 'state-media']);
});
