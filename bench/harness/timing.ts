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

/** Counts the ranges in the app's label highlight layers. */
export function labelHighlightCount(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('fl-label-')) count += highlight.size;
  }
  return count;
}

/**
 * Checks every condition at the start of every frame; each one's time is taken just after the
 * first frame in which it held was rendered. Resolves once all have held.
 */
export function paintedTimes<Name extends string>(
  conditions: Record<Name, () => boolean>,
  timeoutMs = 120_000,
): Promise<Record<Name, number>> {
  const started = performance.now();
  const names = Object.keys(conditions) as Name[];
  const times: Partial<Record<Name, number>> = {};
  return new Promise((resolve, reject) => {
    const check = () => {
      const held = names.filter((name) => times[name] === undefined && conditions[name]());
      const open = names.filter((name) => times[name] === undefined && !held.includes(name));
      if (held.length > 0) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const at = performance.now();
          for (const name of held) times[name] = at;
          if (open.length === 0) resolve(times as Record<Name, number>);
        };
        channel.port2.postMessage(null);
      }
      if (open.length === 0) return;
      if (performance.now() - started > timeoutMs) {
        reject(new Error(`Not painted within ${timeoutMs} ms: ${open.join(', ')}.`));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Records long main-thread tasks (Long Tasks API) from now on; `stop` gives the longest. */
export function watchLongTasks(): { stop: () => number } {
  let longest = 0;
  const take = (entries: PerformanceEntryList) => {
    for (const entry of entries) longest = Math.max(longest, entry.duration);
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    stop: () => {
      take(observer.takeRecords());
      observer.disconnect();
      return longest;
    },
  };
}

/** The offsets of every range in the app's label highlight layers, as "start:end". */
export function labelHighlightSpans(): Set<string> {
  const spans = new Set<string>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('fl-label-')) continue;
    for (const range of highlight) {
      if (!(range instanceof Range)) continue;
      const from = range.startContainer.parentElement?.dataset.start;
      const to = range.endContainer.parentElement?.dataset.start;
      if (from === undefined || to === undefined) continue;
      spans.add(`${Number(from) + range.startOffset}:${Number(to) + range.endOffset}`);
    }
  }
  return spans;
}

/**
 * The text offsets [from, to) of the paragraphs that are (partly) inside the viewport, or null
 * while none is: what the first screen shows.
 */
export function textInViewport(host: Element): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const paragraph of host.querySelectorAll<HTMLElement>('p[data-start]')) {
    const box = paragraph.getBoundingClientRect();
    if (box.bottom <= 0) continue;
    if (box.top >= window.innerHeight) break;
    from = Math.min(from, Number(paragraph.dataset.start));
    to = Math.max(to, Number(paragraph.dataset.end));
  }
  return to < 0 ? null : { from, to };
}
