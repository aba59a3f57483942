import { useEffect, useState } from 'react';
import { registerServiceWorker } from './registerServiceWorker';

/** The "works offline" notice is news, not a question: it leaves by itself after this long. */
export const OFFLINE_NOTICE_MS = 15_000;

/**
 * Registers the offline service worker (not in an embedded view) and, when a new version of
 * the notebook has been downloaded, says so and lets the student switch when it suits them.
 * That the notebook now works offline is said once, and the notice leaves after
 * {@link OFFLINE_NOTICE_MS} (or at OK); it sits in the lessons' bottom-left corner, not over the lab.
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
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady]);
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
      <div className="update-notice offline-ready" role="status" data-testid="offline-ready">
        <p>Downhill now works offline in this browser, every built-in data set included.</p>
        <button type="button" onClick={() => setOfflineReady(false)}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
