import { useEffect, useState } from 'react';
import { registerServiceWorker } from './registerServiceWorker';

/**
 * Registers the offline service worker (not in an embedded view) and, when a new version of
 * the notebook has been downloaded, says so and lets the student switch when it suits them.
 */
export function UpdateNotice() {
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(
    () =>
      registerServiceWorker({
        onNeedRefresh: (apply) => setUpdate(() => apply),
        onOfflineReady: () => setOfflineReady(true),
      }),
    [],
  );
  if (update) {
    return (
      <div className="update-notice" role="status" data-testid="update-notice">
        <p>A new version of Downhill is ready. Reloading switches to it; your saved work stays.</p>
        <button type="button" className="primary" onClick={() => void update()}>
          Reload now
        </button>
        <button type="button" onClick={() => setUpdate(null)}>
          Later
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="update-notice" role="status" data-testid="offline-ready">
        <p>Downhill now works offline in this browser, every built-in data set included.</p>
        <button type="button" onClick={() => setOfflineReady(false)}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
