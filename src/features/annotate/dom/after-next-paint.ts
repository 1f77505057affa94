/**
 * Resolves once the browser has painted the next frame (or after 100 ms, for a page that
 * renders no frames, e.g. a hidden tab): work started after it cannot delay that frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = window.setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      window.setTimeout(() => {
        window.clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}
