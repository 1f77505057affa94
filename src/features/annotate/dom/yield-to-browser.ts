/**
 * Resolves in a new task, so that the browser can paint and handle input in between: long
 * work on the main thread is cut into slices that each stay well under 50 ms.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Milliseconds of work before yielding to the browser. */
export const SLICE_MS = 20;
