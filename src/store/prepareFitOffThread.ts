import type { DataSet } from '../model/dataSet';
import type { PrepareFitReply, TrainingSplit } from '../workers/prepareFitProtocol';
import { fitWorker } from './prepareManyFitOffThread';

/**
 * prepareRegressionProblem in the long-lived preparation worker (the one that prepares the
 * weight-vector models), which keeps the data set's columns: only the chosen columns it does not
 * hold yet travel, transferred. With `split`, it is fitted on the training rows only. With no row left out, the problem's raw columns are the data
 * set's own arrays (the worker does not send its copies back). Resolves with the problem or the
 * reason the data cannot be fitted (stale when a newer data set replaced this one meanwhile); a
 * worker that fails resolves with a message saying so, never a pending promise.
 */
export function prepareFitOffThread(
  dataSet: DataSet,
  featureName: string,
  responseName: string,
  scaled: boolean,
  split?: TrainingSplit,
): Promise<PrepareFitReply> {
  return fitWorker.prepareLine(dataSet, featureName, responseName, scaled, split);
}
