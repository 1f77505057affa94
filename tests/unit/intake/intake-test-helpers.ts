import type { FrameLensDatabase } from '../../../src/db/database';
import type { FileIntake, IntakeProgress } from '../../../src/workers/intake/intake-protocol';
import { createIntakeSession } from '../../../src/workers/intake/intake-session';
import { freshDatabase } from '../db/exchange-test-helpers';

/** A file for the intake pipeline, as the worker builds it from a browser File. */
export function intakeFile(name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, bytes: () => Promise.resolve(bytes) };
}

/** Runs one file through the pipeline of a fresh session over `database`. */
export async function prepare(
  database: FrameLensDatabase,
  intake: FileIntake,
  name: string,
  content: string | Uint8Array,
  progress: IntakeProgress[] = [],
) {
  const session = createIntakeSession(database);
  const result = await session.prepareFile(intake, intakeFile(name, content), (step) =>
    progress.push(step),
  );
  return { session, result };
}

let count = 0;

/** An empty (unseeded) database for pipeline steps that need none of its rows. */
export function scratchDatabase(): FrameLensDatabase {
  count += 1;
  return freshDatabase(`intake-scratch-${count}`);
}
