/// <reference lib="webworker" />
import { DataError } from '../core/dataError';
import { prepareRegressionProblem } from '../model/regressionProblem';
import type { PrepareFitReply, PrepareFitRequest } from './prepareFitProtocol';

// Prepares a large data set's fit (usable rows, scaling, the centred sums, the OLS line) off
// the main thread, so loading a million rows never blocks the page for long.
self.onmessage = (event: MessageEvent<PrepareFitRequest>) => {
  const { dataSet, featureName, responseName, scaled } = event.data;
  let reply: PrepareFitReply;
  const transfer = new Set<ArrayBuffer>();
  try {
    const problem = prepareRegressionProblem(dataSet, featureName, responseName, scaled);
    // The arrays are this worker's own copies: hand them over instead of copying 32 MB back.
    for (const values of [problem.feature, problem.response, problem.rawFeature, problem.rawResponse])
      transfer.add(values.buffer as ArrayBuffer);
    reply = { ok: true, problem };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    reply = { ok: false, message: error.message };
  }
  (self as unknown as Worker).postMessage(reply, [...transfer]);
};
