import { callWorker } from '../adapters/worker/callWorker';
import type { DataSet } from '../model/dataSet';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import type { PrepareManyFitApi } from '../workers/prepareManyFit.worker';
import type { PrepareManyFitReply, PrepareManyFitRequest } from '../workers/prepareManyFitProtocol';

/**
 * prepareManyFeatureProblem in a module worker; only the chosen columns are copied across.
 * Resolves with the problem or the reason the choice cannot be fitted; a worker that fails
 * resolves with a message saying so, never a pending promise.
 */
export async function prepareManyFitOffThread(
  dataSet: DataSet,
  choice: ModelChoice,
  scaled: boolean,
): Promise<PrepareManyFitReply> {
  const names = new Set([choice.featureName, ...choice.extraFeatures, choice.responseName]);
  const request: PrepareManyFitRequest = {
    dataSet: { ...dataSet, columns: dataSet.columns.filter((column) => names.has(column.name)), testSet: undefined },
    choice: {
      featureName: choice.featureName,
      extraFeatures: [...choice.extraFeatures],
      responseName: choice.responseName,
      polynomialDegree: choice.polynomialDegree,
      throughOrigin: choice.throughOrigin,
    },
    scaled,
  };
  const call = callWorker<PrepareManyFitApi, PrepareManyFitReply>(
    () => new Worker(new URL('../workers/prepareManyFit.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.prepare(request),
  );
  try {
    return await call.promise;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The model could not be prepared in the background (${reason}).` };
  }
}
