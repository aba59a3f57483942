/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { DataError } from '../core/dataError';
import { prepareManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { PrepareManyFitReply, PrepareManyFitRequest } from './prepareManyFitProtocol';

// Prepares a large data set's many-feature problem (usable rows, powers, scaling, the Gram
// statistics and the QR fit, O(N·p²)) off the main thread, so ticking a feature on a million
// rows never blocks the page.
const prepareManyFitApi = {
  prepare(request: PrepareManyFitRequest): PrepareManyFitReply {
    try {
      const problem = prepareManyFeatureProblem(request.dataSet, request.choice, request.scaled);
      // The columns are this worker's own copies: hand them over instead of copying them back.
      const columns = [problem.working, problem.original].flatMap((part) => [
        part.response,
        ...part.features.flatMap((feature) => (feature.residue ? [feature.values, feature.residue] : [feature.values])),
      ]);
      const buffers = new Set(columns.map((values) => values.buffer as ArrayBuffer));
      return transfer({ ok: true, problem }, [...buffers]);
    } catch (error) {
      if (error instanceof DataError) return { ok: false, message: error.message };
      throw error;
    }
  },
};

export type PrepareManyFitApi = typeof prepareManyFitApi;

expose(prepareManyFitApi);
