/** Resolves just after the browser has rendered the current frame. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Checks `ready` at the start of every frame; once it holds, resolves with the time just after
 * that frame was rendered (so what made it true is on screen).
 */
export function paintedWhen(ready: () => boolean, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
        return;
      }
      if (performance.now() - started > timeoutMs) {
        reject(new Error(`Not painted within ${timeoutMs} ms.`));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Counts the ranges in the app's label highlight layers. */
export function labelHighlightCount(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('fl-label-')) count += highlight.size;
  }
  return count;
}
