// Installed in every app page the benchmark opens: records, on the page's own clock
// (milliseconds since navigation started), when watched elements first appear, when the
// frame showing them has been rendered, when a file is chosen or Import is clicked, and every
// long main-thread task (Long Tasks API).
export function installProbes() {
  const probes = { marks: {}, longTasks: [] };
  window.__probes = probes;
  const watched = {
    library: '[data-testid="article-title"]',
    preview: '[data-testid="import-preview"]',
    done: '[data-testid="import-done"]',
    importError: '[data-testid="import-error"]',
    corpusDrafts: '[aria-label="Articles to add"]',
    corpusProblems: '[data-testid="corpus-problems"]',
  };
  const afterPaint = (name) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probes.marks[`${name}Painted`] = performance.now();
      };
      channel.port2.postMessage(null);
    });
  const check = () => {
    for (const [name, selector] of Object.entries(watched)) {
      if (probes.marks[name] === undefined && document.querySelector(selector)) {
        probes.marks[name] = performance.now();
        afterPaint(name);
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        probes.marks.fileChosen = performance.now();
      }
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && button.textContent?.trim() === 'Import') {
        probes.marks.importClicked = performance.now();
      }
    },
    true,
  );
}
