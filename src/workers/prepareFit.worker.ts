/// <reference lib="webworker" />
import { DataError } from '../core/dataError';
import { prepareRegressionProblem } from '../store/regressionProblem';
import type { PrepareFitReply, PrepareFitRequest } from './prepareFitProtocol';

// Prepares a large data set's fit (usable rows, scaling, the centred sums, the OLS line) off
// the main thread, so loading a million rows never blocks the page for long.
self.onmessage = (event: MessageEvent<PrepareFitRequest>) => {
  const { dataSet, featureName, responseName, scaled } = event.data;
  let reply: PrepareFitReply;
  try {
    reply = { ok: true, problem: prepareRegressionProblem(dataSet, featureName, responseName, scaled) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    reply = { ok: false, message: error.message };
  }
  (self as unknown as Worker).postMessage(reply);
};
