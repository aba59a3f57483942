import type { DataSet } from '../model/dataSet';
import { callWorker } from '../workers/callWorker';
import type { PrepareFitApi } from '../workers/prepareFit.worker';
import type { PrepareFitReply, PrepareFitRequest } from '../workers/prepareFitProtocol';

/**
 * prepareRegressionProblem in a module worker; only the two chosen columns are copied across.
 * Resolves with the problem or the reason the data cannot be fitted; a worker that fails
 * resolves with a message saying so, never a pending promise.
 */
export async function prepareFitOffThread(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  scaled: boolean,
): Promise<PrepareFitReply> {
  const columns = dataSet.columns.filter((column) => column.name === featureName || column.name === responseName);
  const request: PrepareFitRequest = {
    dataSet: { ...dataSet, columns, testSet: undefined },
    featureName,
    responseName,
    scaled,
  };
  const call = callWorker<PrepareFitApi, PrepareFitReply>(
    () => new Worker(new URL('../workers/prepareFit.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.prepare(request),
  );
  try {
    return await call.promise;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The fit could not be prepared in the background (${reason}).` };
  }
}
