import { registerSW } from 'virtual:pwa-register';

interface Handlers {
  /** A new version is waiting; calling `apply` activates it and reloads the page. */
  readonly onNeedRefresh: (apply: () => Promise<void>) => void;
  /** The app is cached and will open with no network. */
  readonly onOfflineReady: () => void;
}

/**
 * Registers the service worker that vite-plugin-pwa builds, when the browser allows one: not
 * inside an iframe (an embed shares the host page's life and must not install anything) and
 * not in a sandboxed or insecure context. Returns a cleanup for React effects (a no-op).
 */
export function registerServiceWorker(handlers: Handlers): () => void {
  let embedded = true;
  try {
    embedded = window.self !== window.top;
  } catch {
    embedded = true;
  }
  if (embedded || !window.isSecureContext || !('serviceWorker' in navigator)) return () => undefined;
  let update: ((reload?: boolean) => Promise<void>) | null = null;
  try {
    update = registerSW({
      onNeedRefresh: () => handlers.onNeedRefresh(() => update?.(true) ?? Promise.resolve()),
      onOfflineReady: handlers.onOfflineReady,
    });
  } catch {
    // a browser that refuses service workers (private mode, policies): the notebook works online as before
  }
  return () => undefined;
}
