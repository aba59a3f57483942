import { transfer } from 'comlink';
import { useEffect, useState } from 'react';
import { callWorker } from '../adapters/worker/callWorker';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../model/regressionProblem';
import {
  knownSummaryOf,
  regressionSummaryOf,
  rememberSummary,
  type SummaryInput,
  type SummaryOutcome,
  summaryInputOf,
  summaryIsHeavy,
} from '../model/summary/regressionSummaryOf';
import type { RegressionSummaryApi } from '../workers/regressionSummary.worker';

/**
 * The regression summary of `problem`: computed at once (and memoised) for small data, in a
 * module worker for large data, where it is `null` until the worker answers. A worker that
 * fails gives an outcome with the reason. Null when there is no problem.
 */
export function useRegressionSummary(problem: RegressionProblem | ManyFeatureProblem | null): SummaryOutcome | null {
  const heavy = problem !== null && summaryIsHeavy(problem);
  const [answered, setAnswered] = useState<{ problem: unknown; outcome: SummaryOutcome } | null>(null);
  useEffect(() => {
    if (!problem || !heavy || knownSummaryOf(problem)) return;
    const call = callWorker<RegressionSummaryApi, SummaryOutcome>(
      () => new Worker(new URL('../workers/regressionSummary.worker.ts', import.meta.url), { type: 'module' }),
      (api) => api.summarise(transferredCopy(summaryInputOf(problem))),
    );
    let live = true;
    call.promise
      .catch(
        (error: unknown): SummaryOutcome => ({
          ok: false,
          message: `The summary could not be computed in the background (${error instanceof Error ? error.message : String(error)}).`,
        }),
      )
      .then((outcome) => {
        if (!live) return;
        rememberSummary(problem, outcome);
        setAnswered({ problem, outcome });
      });
    return () => {
      live = false;
      call.cancel();
    };
  }, [problem, heavy]);
  if (!problem) return null;
  if (!heavy) return regressionSummaryOf(problem);
  return knownSummaryOf(problem) ?? (answered?.problem === problem ? answered.outcome : null);
}

/**
 * The summary's input with its columns copied into buffers of their own and handed to the
 * worker (transferred, not cloned): copying a million-row column takes a few milliseconds,
 * where cloning it in `postMessage` held the page for hundreds. The problem keeps its own columns.
 */
function transferredCopy(input: SummaryInput): SummaryInput {
  const features = input.linear.features.map((feature) => ({ ...feature, values: feature.values.slice() }));
  const response = input.linear.response.slice();
  const buffers = [response.buffer, ...features.map((feature) => feature.values.buffer)];
  return transfer({ ...input, linear: { ...input.linear, features, response } }, buffers);
}
