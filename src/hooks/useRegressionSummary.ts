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
      async (api) => api.summarise(await transferredCopy(summaryInputOf(problem))),
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

/** Values copied per task: 2 MB, a millisecond or two, so the page answers between slices. */
const COPY_SLICE = 262_144;

/** A copy of `values` in a buffer of its own, made a slice per task. */
async function copyInSlices(values: Float64Array): Promise<Float64Array> {
  const copy = new Float64Array(values.length);
  for (let start = 0; start < values.length; start += COPY_SLICE) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    copy.set(values.subarray(start, start + COPY_SLICE), start);
  }
  return copy;
}

/**
 * The summary's input with its columns copied into buffers of their own, a slice per task, and
 * handed to the worker (transferred, not cloned): cloning six million-row columns in one
 * `postMessage` held the page for hundreds of milliseconds. The problem keeps its own columns.
 */
async function transferredCopy(input: SummaryInput): Promise<SummaryInput> {
  const features = [];
  for (const feature of input.linear.features)
    features.push({ ...feature, values: await copyInSlices(feature.values) });
  const response = await copyInSlices(input.linear.response);
  const buffers = [response.buffer, ...features.map((feature) => feature.values.buffer)];
  return transfer({ ...input, linear: { ...input.linear, features, response } }, buffers);
}
