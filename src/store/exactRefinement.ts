import type { StoreApi } from 'zustand';
import { callWorker, WorkerCancelled } from '../adapters/worker/callWorker';
import type { OptimiserTrajectory } from '../core/optimisers/settings';
import { summariseRun } from '../model/runSummary';
import type { ExactRunApi } from '../workers/exactRun.worker';
import type { ExactRunReply, ExactRunRequest } from '../workers/exactRunProtocol';
import type { NotebookState } from './notebookState';
import { useNotebook } from './notebookStore';

/** Runs up to this many point-evaluations (≈ 0.2 s in a worker) are redone exactly. */
export const EXACT_REFINEMENT_LIMIT = 100_000_000;
/** How long the settings must rest before the exact run starts, so drags do not queue work. */
export const SETTLE_MS = 250;

/** Redoes one run with the per-point loop; the app's version runs it in a module worker. */
export type ExactRunner = (request: ExactRunRequest) => { promise: Promise<ExactRunReply>; cancel: () => void };

/** The per-point rerun in a module worker, through comlink. */
export const runExactInWorker: ExactRunner = (request) =>
  callWorker<ExactRunApi, ExactRunReply>(
    () => new Worker(new URL('../workers/exactRun.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.run(request),
  );

/**
 * Long batch runs are first computed from sufficient statistics (O(1) an epoch, agreeing with
 * the textbook loop to ~1e−15) so sliders stay live. Once the settings rest, this redoes the run
 * with the per-point loop (in a worker) and swaps it in, in one store update, so the final
 * numbers are the textbook ones to the last bit (the second lesson's published result, for
 * one). If the rerun fails, the fast result stays and a notice says so. Returns a function that
 * stops watching.
 */
export function startExactRefinement(
  store: StoreApi<NotebookState> = useNotebook,
  runExact: ExactRunner = runExactInWorker,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: { cancel: () => void } | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    running?.cancel();
    running = null;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.trajectory === previous.trajectory) return;
    cancel();
    if (!needsRefinement(state)) return;
    const target = state.trajectory;
    timer = setTimeout(() => {
      const current = store.getState();
      if (current.trajectory !== target || !current.problem) return;
      const call = runExact({
        feature: current.problem.feature,
        response: current.problem.response,
        learningRate: current.learningRate,
        epochs: current.epochBudget,
        start: current.start,
      });
      running = call;
      call.promise.then(
        (reply) => {
          if (store.getState().trajectory === target) store.setState((latest) => swapIn(latest, reply));
        },
        (error: unknown) => {
          if (error instanceof WorkerCancelled || store.getState().trajectory !== target) return;
          const reason = error instanceof Error ? error.message : String(error);
          store
            .getState()
            .addDataNotice(
              `The exact rerun of this run with the textbook loop could not be done (${reason}); the numbers shown come from the fast path, which agrees with it to about 1e−15.`,
            );
        },
      );
    }, SETTLE_MS);
  });
  return () => {
    unsubscribe();
    cancel();
  };
}

/** Plain batch runs that took the sufficient-statistics path and are small enough to redo. */
export function needsRefinement(state: NotebookState): boolean {
  const { trajectory, problem } = state;
  return Boolean(
    trajectory &&
      problem &&
      trajectory.method === 'sufficient-statistics' &&
      state.flavourKind === 'batch' &&
      state.optimiserKind === 'plain' &&
      !state.stopOnTolerance &&
      state.epochBudget * problem.rowCount <= EXACT_REFINEMENT_LIMIT,
  );
}

function swapIn(state: NotebookState, reply: ExactRunReply): Partial<NotebookState> {
  const trajectory: OptimiserTrajectory = {
    intercepts: reply.intercepts,
    slopes: reply.slopes,
    losses: reply.losses,
    lastEpoch: reply.lastEpoch,
    divergence: reply.divergence,
    method: 'per-point',
    stop: { reason: reply.divergence ? 'diverged' : 'budget', epoch: reply.lastEpoch },
  };
  const runSummary = state.problem ? summariseRun(state.problem, trajectory, state.flavourKind) : null;
  return { trajectory, runSummary, currentEpoch: Math.min(state.currentEpoch, trajectory.lastEpoch) };
}
