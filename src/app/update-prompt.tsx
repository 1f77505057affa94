import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../ui/button';

/**
 * Registers the service worker. When a new version has been downloaded it says so and reloads
 * only when the person asks (never in the middle of an edit). Offline readiness is a quiet
 * badge in the header bar, so it never covers the page.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // The offline notice is informative only: it goes away by itself.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = window.setTimeout(() => setOfflineReady(false), 8000);
    return () => window.clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    return (
      <div
        role="status"
        className="no-print fixed top-16 right-4 z-50 flex max-w-sm flex-col gap-2 rounded-md border border-slate-300 bg-white p-4 text-sm shadow-lg"
      >
        <p>
          A new version of FrameLens is ready. Your work is saved; reload when you are done with the
          current edit.
        </p>
        <div className="flex justify-end gap-2">
          <Button onClick={() => setNeedRefresh(false)}>Later</Button>
          <Button variant="primary" onClick={() => void updateServiceWorker(true)}>
            Reload now
          </Button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <p
        role="status"
        className="no-print pointer-events-none fixed top-4 right-4 z-50 rounded-full bg-emerald-700 px-3 py-0.5 text-xs font-medium text-white"
      >
        Works offline
      </p>
    );
  }
  return null;
}
