import type { OptimiserTrajectory } from '../core/optimisers/settings';
import type { ExactRunReply, ExactRunRequest } from '../workers/exactRunProtocol';
import type { NotebookState } from './notebookState';
import { useNotebook } from './notebookStore';
import { recompute } from './recompute';

/** Runs up to this many point-evaluations (≈ 0.2 s in a worker) are redone exactly. */
export const EXACT_REFINEMENT_LIMIT = 100_000_000;
/** How long the settings must rest before the exact run starts, so drags do not queue work. */
const SETTLE_MS = 250;

/**
 * Long batch runs are first computed from sufficient statistics (O(1) an epoch, agreeing with
 * the textbook loop to ~1e−15) so sliders stay live. Once the settings rest, this redoes the run
 * with the per-point loop in a worker and swaps it in, so the final numbers are the textbook
 * ones to the last bit (the second lesson's published result, for one).
 */
export function startExactRefinement(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let worker: Worker | null = null;
  let nextId = 0;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    worker?.terminate();
    worker = null;
  };
  const unsubscribe = useNotebook.subscribe((state, previous) => {
    if (state.trajectory === previous.trajectory) return;
    cancel();
    if (!needsRefinement(state)) return;
    const target = state.trajectory;
    timer = setTimeout(() => {
      const current = useNotebook.getState();
      if (current.trajectory !== target || !current.problem) return;
      const id = ++nextId;
      worker = new Worker(new URL('../workers/exactRun.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<ExactRunReply>) => {
        worker?.terminate();
        worker = null;
        if (event.data.id !== id || useNotebook.getState().trajectory !== target) return;
        useNotebook.setState((latest) => swapIn(latest, event.data));
      };
      const request: ExactRunRequest = {
        id,
        feature: current.problem.feature,
        response: current.problem.response,
        learningRate: current.learningRate,
        epochs: current.epochBudget,
        start: current.start,
      };
      worker.postMessage(request);
    }, SETTLE_MS);
  });
  return () => {
    unsubscribe();
    cancel();
  };
}

function needsRefinement(state: NotebookState): boolean {
  const { trajectory, problem } = state;
  return Boolean(
    trajectory &&
      problem &&
      trajectory.method === 'sufficient-statistics' &&
      state.flavourKind === 'batch' &&
      state.optimiserKind === 'plain' &&
      !state.stopOnTolerance &&
      state.epochBudget * problem.feature.length <= EXACT_REFINEMENT_LIMIT,
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
  const currentEpoch = Math.min(state.currentEpoch, trajectory.lastEpoch);
  return recompute({ ...state, trajectory, currentEpoch }, 'status');
}
