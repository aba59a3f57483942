/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import type { HeldOut } from '../model/evaluation/heldOut';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../model/regressionProblem';
import { createFitPreparationApi } from './fitPreparationApi';
import type { HeldColumnShape } from './heldColumns';
import type { PrepareFitRequest } from './prepareFitProtocol';
import type { PrepareManyFitRequest } from './prepareManyFitProtocol';
import type { SummariseColumnsRequest, SummariseHeldRequest } from './prepareSummaryProtocol';

// The long-lived worker that prepares a large data set's models off the main thread: it keeps
// the columns the page sent (each once per data set) and receives only the choice afterwards,
// so ticking a feature on a million rows never clones tens of megabytes on the page. It also
// computes the regression summary of the model on screen from those columns.
const api = createFitPreparationApi();

/** Every buffer of a problem's columns (but empty ones): they are this worker's own, handed over instead of copied back. */
function buffersOf(arrays: readonly Float64Array[]): ArrayBuffer[] {
  return [...new Set(arrays.filter((values) => values.byteLength > 0).map((values) => values.buffer as ArrayBuffer))];
}

function manyColumns(problem: ManyFeatureProblem): Float64Array[] {
  return [problem.working, problem.original].flatMap((part) => [
    part.response,
    ...part.features.flatMap((feature) => (feature.residue ? [feature.values, feature.residue] : [feature.values])),
  ]);
}

function lineColumns(problem: RegressionProblem): Float64Array[] {
  return [problem.feature, problem.response, problem.rawFeature, problem.rawResponse];
}

/** The held-out rows' columns, handed over with the problem's. */
function heldOutColumns(heldOut: HeldOut | null | undefined): Float64Array[] {
  return heldOut ? [...heldOut.terms, heldOut.response, ...heldOut.workingTerms, heldOut.workingResponse] : [];
}

const fitPreparationWorkerApi = {
  holdSlice: (key: number, column: HeldColumnShape, length: number, start: number, slice: Float64Array) =>
    api.holdSlice(key, column, length, start, slice),
  async prepareMany(request: PrepareManyFitRequest) {
    const reply = await api.prepareMany(request);
    return reply.ok
      ? transfer(reply, buffersOf([...manyColumns(reply.problem), ...heldOutColumns(reply.heldOut)]))
      : reply;
  },
  prepareLine(request: PrepareFitRequest) {
    const reply = api.prepareLine(request);
    return reply.ok
      ? transfer(reply, buffersOf([...lineColumns(reply.problem), ...heldOutColumns(reply.heldOut)]))
      : reply;
  },
  release: (key: number) => api.release(key),
  summariseHeld: (request: SummariseHeldRequest) => api.summariseHeld(request),
  summariseColumns: (request: SummariseColumnsRequest) => api.summariseColumns(request),
};

export type FitPreparationWorkerApi = typeof fitPreparationWorkerApi;

expose(fitPreparationWorkerApi);
