import type { DataSet } from '../model/dataSet';
import type { PrepareFitReply, PrepareFitRequest } from '../workers/prepareFitProtocol';

/** prepareRegressionProblem in a module worker; only the two chosen columns are copied across. */
export function prepareFitOffThread(
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
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/prepareFit.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PrepareFitReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}
