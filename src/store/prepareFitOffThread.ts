import type { DataSet } from '../model/dataSet';
import type { RegressionProblem } from '../model/regressionProblem';
import type { PrepareFitReply } from '../workers/prepareFitProtocol';
import { fitWorker } from './prepareManyFitOffThread';

/**
 * prepareRegressionProblem in the long-lived preparation worker (the one that prepares the
 * weight-vector models), which keeps the data set's columns: only the chosen columns it does not
 * hold yet travel, transferred. Resolves with the problem or the reason the data cannot be
 * fitted (stale when a newer data set replaced this one meanwhile); a worker that fails resolves
 * with a message saying so, never a pending promise.
 */
export async function prepareFitOffThread(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  scaled: boolean,
): Promise<PrepareFitReply> {
  const reply = await fitWorker.prepareLine(dataSet, featureName, responseName, scaled);
  return reply.ok ? { ok: true, problem: sharingPageColumns(reply.problem, dataSet) } : reply;
}

/** True when the two arrays hold the same numbers (NaN in the same places). O(N). */
function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

/**
 * The worker's problem with its raw columns replaced by the page's own arrays when they hold the
 * same numbers (no row was left out): the worker's copies would otherwise double the memory the
 * chosen columns take for as long as the problem is shown.
 */
function sharingPageColumns(problem: RegressionProblem, dataSet: DataSet): RegressionProblem {
  if (problem.leftOutRowCount !== 0) return problem;
  const pageValues = (name: string, copy: Float64Array) => {
    const values = dataSet.columns.find((column) => column.name === name)?.values;
    return values && sameValues(values, copy) ? values : copy;
  };
  const rawFeature = pageValues(problem.featureName, problem.rawFeature);
  const rawResponse = pageValues(problem.responseName, problem.rawResponse);
  return {
    ...problem,
    rawFeature,
    rawResponse,
    feature: problem.feature === problem.rawFeature ? rawFeature : problem.feature,
    response: problem.response === problem.rawResponse ? rawResponse : problem.response,
  };
}
