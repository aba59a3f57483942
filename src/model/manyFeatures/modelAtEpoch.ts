import type { LinearModel } from '../../core/linearModel/model';
import type { LinearTrajectory } from '../../core/linearModel/recordLinearEpochs';

/** The model gradient descent had reached after `epoch` epochs (clamped to the run). O(p). */
export function modelAtEpoch(trajectory: LinearTrajectory, epoch: number, hasIntercept: boolean): LinearModel {
  const shown = Math.max(0, Math.min(epoch, trajectory.lastEpoch));
  return {
    hasIntercept,
    intercept: trajectory.intercepts[shown]!,
    weights: Float64Array.from(trajectory.weights, (history) => history[shown]!),
  };
}
