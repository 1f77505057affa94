import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../ui/button';

/**
 * Registers the service worker. When a new version has been downloaded, says so and reloads
 * only when the person asks (never in the middle of an edit); tells once when offline use is ready.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (!needRefresh && !offlineReady) return null;
  return (
    <div
      role="status"
      className="no-print fixed right-4 bottom-4 z-50 flex max-w-sm flex-col gap-2 rounded-md border border-slate-300 bg-white p-4 text-sm shadow-lg"
    >
      {needRefresh ? (
        <>
          <p>
            A new version of FrameLens is ready. Your work is saved; reload when you are done with
            the current edit.
          </p>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setNeedRefresh(false)}>Later</Button>
            <Button variant="primary" onClick={() => void updateServiceWorker(true)}>
              Reload now
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>FrameLens is ready to work offline.</p>
          <div className="flex justify-end">
            <Button onClick={() => setOfflineReady(false)}>OK</Button>
          </div>
        </>
      )}
    </div>
  );
}
