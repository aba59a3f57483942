import { type Endpoint, type Remote, wrap } from 'comlink';

/**
 * What callWorker needs of a worker: a comlink endpoint that can be stopped and that reports
 * failures as `error` / `messageerror` events. A module Worker is one; tests pass a
 * MessageChannel port with a `terminate`.
 */
export type WorkerEndpoint = Endpoint & { terminate(): void };

/** A call into a worker that can be abandoned; the worker is terminated either way. */
export interface WorkerCall<Result> {
  readonly promise: Promise<Result>;
  /** Stops the worker; `promise` then rejects with a {@link WorkerCancelled}. */
  cancel(): void;
}

/** The rejection of a call whose worker was stopped on purpose (settings changed, a newer file). */
export class WorkerCancelled extends Error {
  constructor() {
    super('The background work was cancelled.');
    this.name = 'WorkerCancelled';
  }
}

/**
 * Starts a fresh module worker, calls it through comlink (`use` receives the typed remote API),
 * and terminates it when the call ends. Every way a worker can fail reaches the caller as a
 * rejected promise with a readable message: an error thrown inside the call (comlink passes it
 * back), a worker script that fails to load or throws outside a call (its `error` event), or a
 * reply that cannot be read (`messageerror`). Without the last two, a broken worker would leave
 * the promise pending for ever.
 */
export function callWorker<Api, Result>(
  createWorker: () => WorkerEndpoint,
  use: (api: Remote<Api>) => Promise<Result>,
): WorkerCall<Result> {
  const worker = createWorker();
  let stop: (reason: Error) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const message = (event as ErrorEvent).message;
    stop(new Error(`the background worker failed: ${message || 'its script could not be run'}`));
  });
  worker.addEventListener('messageerror', () =>
    stop(new Error('the background worker sent a reply that could not be read')),
  );
  // Settle `stopped` when the call ends: a promise that never settles keeps Promise.race's
  // reactions, and with them the result (a million rows, say), alive for as long as it lives.
  stopped.catch(() => {});
  const promise = Promise.race([use(wrap<Api>(worker)), stopped]).finally(() => {
    worker.terminate();
    stop(new WorkerCancelled());
  });
  return {
    promise,
    cancel: () => {
      stop(new WorkerCancelled());
      worker.terminate();
    },
  };
}
