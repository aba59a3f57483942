/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { DataError } from '../core/dataError';
import { prepareRegressionProblem } from '../model/regressionProblem';
import type { PrepareFitReply, PrepareFitRequest } from './prepareFitProtocol';

// Prepares a large data set's fit (usable rows, scaling, the centred sums, the OLS line) off
// the main thread, so loading a million rows never blocks the page for long.
const prepareFitApi = {
  prepare(request: PrepareFitRequest): PrepareFitReply {
    const { dataSet, featureName, responseName, scaled } = request;
    try {
      const problem = prepareRegressionProblem(dataSet, featureName, responseName, scaled);
      // The arrays are this worker's own copies: hand them over instead of copying 32 MB back.
      const buffers = new Set(
        [problem.feature, problem.response, problem.rawFeature, problem.rawResponse].map(
          (values) => values.buffer as ArrayBuffer,
        ),
      );
      return transfer({ ok: true, problem }, [...buffers]);
    } catch (error) {
      if (error instanceof DataError) return { ok: false, message: error.message };
      throw error;
    }
  },
};

export type PrepareFitApi = typeof prepareFitApi;

expose(prepareFitApi);
