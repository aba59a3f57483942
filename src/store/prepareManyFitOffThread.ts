import type { DataSet } from '../model/dataSet';
import type { ModelChoice } from '../model/manyFeatures/modelChoice';
import type { TrainingSplit } from '../workers/prepareFitProtocol';
import type { PrepareManyFitReply } from '../workers/prepareManyFitProtocol';
import { KeptFitWorker } from './keptFitWorker';

/** The one preparation worker of the page: it keeps the current data set's columns between changes of the model. */
export const fitWorker = new KeptFitWorker();

/**
 * prepareManyFeatureProblem in the long-lived worker, which already holds the data set's
 * columns (only those not sent yet travel, transferred); with `split`, on the training rows only. Resolves with the problem, the reason
 * the choice cannot be fitted, or a stale refusal when a newer request overtook it; a worker
 * that fails resolves with a message saying so, never a pending promise.
 */
export function prepareManyFitOffThread(
  dataSet: DataSet,
  choice: ModelChoice,
  scaled: boolean,
  split?: TrainingSplit,
): Promise<PrepareManyFitReply> {
  return fitWorker.prepareMany(dataSet, choice, scaled, split);
}
