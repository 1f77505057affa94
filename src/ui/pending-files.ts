import { classroomKindOf } from '../domain/classroom/classroom-files';

/**
 * Classroom files opened elsewhere (the Import page, a drop on the window) wait here while the
 * app moves to the Classroom page, which takes them and opens them there.
 */

type Listener = (files: File[]) => void;

let pending: File[] = [];
const listeners = new Set<Listener>();

export function handOverClassroomFiles(files: readonly File[]): void {
  pending = [...pending, ...files];
  for (const listener of listeners) listener(pending);
}

/** Takes (and clears) the files waiting, if any. */
export function takeClassroomFiles(): File[] {
  const taken = pending;
  pending = [];
  return taken;
}

/** Called when files are handed over while the Classroom page is open; returns the unsubscribe. */
export function onClassroomFiles(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How much of a file is read to tell a classroom file (its "format" comes first). */
const HEAD_BYTES = 4096;

/** Splits files into classroom files (by their first 4 KB) and the others, in their order. */
export async function sortOutClassroomFiles(
  files: readonly File[],
): Promise<{ classroom: File[]; other: File[] }> {
  const heads = await Promise.all(
    files.map((file) =>
      file
        .slice(0, HEAD_BYTES)
        .text()
        .catch(() => ''),
    ),
  );
  const classroom: File[] = [];
  const other: File[] = [];
  files.forEach((file, index) =>
    (classroomKindOf(heads[index] ?? '') ? classroom : other).push(file),
  );
  return { classroom, other };
}
