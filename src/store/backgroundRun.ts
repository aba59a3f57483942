import { transfer } from 'comlink';
import type { StoreApi } from 'zustand';
import { callWorker, WorkerCancelled } from '../adapters/worker/callWorker';
import { heldOutCurveOf } from '../model/evaluation/heldOut';
import { affordableEpochs, affordableManyFeatureEpochs } from '../model/runBudget';
import { summariseRun } from '../model/runSummary';
import { workingColumnSources } from '../model/scaledColumnsOnDemand';
import { flavourOf, optimiserOf } from '../model/userSettings';
import type { ShuffledRunApi } from '../workers/shuffledRun.worker';
import type { ShuffledRunReply, ShuffledRunRequest } from '../workers/shuffledRunProtocol';
import { awaitsBackgroundRun } from './activeRun';
import type { NotebookState } from './notebookState';
import { useNotebook } from './notebookStore';
import { recompute } from './recompute';
import { nextTask, sliceColumn } from './slicedColumns';

/** Computes one run off the page; `buffers` (the request's slices) are transferred. The app's version is a module worker. */
export type ShuffledRunner = (
  request: ShuffledRunRequest,
  buffers: ArrayBuffer[],
) => { promise: Promise<ShuffledRunReply>; cancel: () => void };

/** The run in a module worker of its own, through comlink (stopped when the run is replaced). */
export const runShuffledInWorker: ShuffledRunner = (request, buffers) =>
  callWorker<ShuffledRunApi, ShuffledRunReply>(
    () => new Worker(new URL('../workers/shuffledRun.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.run(transfer(request, buffers)),
  );

/** What a run depends on: the problem (by identity) and the run's settings. */
interface RunKey {
  readonly problem: object;
  readonly settings: string;
}

/** The settings of the state's run, as the optimiser takes them (the same for the key and the request). */
function runSettingsOf(state: NotebookState) {
  return {
    learningRate: state.learningRate,
    epochs: state.problem
      ? affordableEpochs(state, state.problem.rowCount)
      : affordableManyFeatureEpochs(state, state.manyProblem!),
    flavour: flavourOf(state),
    optimiser: optimiserOf(state),
    ...(state.stopOnTolerance ? { tolerance: state.tolerance } : {}),
  };
}

function runKeyOf(state: NotebookState): RunKey {
  const problem = state.problem ?? state.manyProblem!;
  return { problem, settings: JSON.stringify([runSettingsOf(state), state.problem ? state.start : null]) };
}

const sameKey = (a: RunKey, b: RunKey) => a.problem === b.problem && a.settings === b.settings;

/** The request for the state's run, its columns sliced a slice per task (`pause` rejects once the run is replaced). */
async function requestOf(
  state: NotebookState,
  buffers: ArrayBuffer[],
  pause: () => Promise<void>,
): Promise<ShuffledRunRequest> {
  const sliced = (values: Float64Array) => sliceColumn(values, buffers, pause);
  const run = runSettingsOf(state);
  if (state.problem) {
    const { problem } = state;
    // a large scaled problem's working columns are scaled slice by slice, never made whole here
    const { feature, response } = workingColumnSources(problem);
    return {
      kind: 'line',
      ...run,
      feature: await sliceColumn(feature.values, buffers, pause, feature.scaler),
      response: await sliceColumn(response.values, buffers, pause, response.scaler),
      start: state.start,
      statistics: problem.statistics,
    };
  }
  const problem = state.manyProblem!;
  const features = [];
  for (const { name, values, residue } of problem.working.features)
    features.push(
      residue
        ? { name, values: await sliced(values), residue: await sliced(residue) }
        : { name, values: await sliced(values) },
    );
  return {
    kind: 'many',
    ...run,
    features,
    response: await sliced(problem.working.response),
    fitIntercept: problem.working.fitIntercept,
    statistics: problem.statistics,
  };
}

/** The state's changes when its run arrives: the run, its summary and held-out loss, shown at its end. */
function landed(state: NotebookState, reply: ShuffledRunReply): Partial<NotebookState> {
  const problem = reply.kind === 'line' ? state.problem : state.manyProblem;
  if (!problem) return {};
  const trajectory = reply.trajectory;
  return {
    ...(reply.kind === 'line' ? { trajectory: reply.trajectory } : { manyTrajectory: reply.trajectory }),
    runSummary: summariseRun(problem, trajectory, state.flavourKind),
    currentEpoch: trajectory.lastEpoch,
    playing: false,
    heldOutCurve: heldOutCurveOf(state.heldOut, trajectory),
  };
}

/**
 * Computes shuffled runs on large data off the main thread. `recompute` leaves such a run out
 * (the status then says it is running); this watcher sends the problem's columns to a worker, a
 * slice per task, and puts the run in place when it arrives, if the problem and the settings
 * are still the ones it was asked for (a newer change stops the older run: the latest wins). If
 * the worker fails, the run is computed on the page instead, slower but the same numbers.
 * Returns a function that stops watching.
 */
export function startBackgroundRuns(
  store: StoreApi<NotebookState> = useNotebook,
  runner: ShuffledRunner = runShuffledInWorker,
  pause: () => Promise<void> = nextTask,
): () => void {
  let inFlight: { readonly key: RunKey; readonly stop: () => void } | null = null;

  const start = (state: NotebookState) => {
    const key = runKeyOf(state);
    let stopped = false;
    let call: ReturnType<ShuffledRunner> | null = null;
    const current = {
      key,
      stop: () => {
        stopped = true;
        call?.cancel();
      },
    };
    inFlight = current;
    const pauseUnlessStopped = async () => {
      await pause();
      if (stopped) throw new WorkerCancelled();
    };
    const stillWanted = (now: NotebookState) => !stopped && awaitsBackgroundRun(now) && sameKey(runKeyOf(now), key);
    void (async () => {
      try {
        const buffers: ArrayBuffer[] = [];
        const request = await requestOf(state, buffers, pauseUnlessStopped);
        if (stopped) return;
        call = runner(request, buffers);
        const reply = await call.promise;
        store.setState((now) => (stillWanted(now) ? landed(now, reply) : {}));
      } catch (error) {
        if (stopped || error instanceof WorkerCancelled) return;
        store.setState((now) => (stillWanted(now) ? recompute(now, 'run', { runOnPage: true }) : {}));
      } finally {
        if (inFlight === current) inFlight = null;
      }
    })();
  };

  const check = (state: NotebookState) => {
    if (!awaitsBackgroundRun(state)) {
      inFlight?.stop();
      inFlight = null;
      return;
    }
    if (inFlight && sameKey(inFlight.key, runKeyOf(state))) return;
    inFlight?.stop();
    start(state);
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
  return () => {
    unsubscribe();
    inFlight?.stop();
    inFlight = null;
  };
}
