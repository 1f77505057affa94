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
