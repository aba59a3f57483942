import { type PythonExportRequest, pythonExportRequest } from '../model/pythonExport/exportRequest';
import { type ManyFeatureExportRequest, manyFeatureExportRequest } from '../model/pythonExport/manyFeatureRequest';
import { affordableEpochs, affordableManyFeatureEpochs } from '../model/runBudget';
import { flavourOf } from '../model/userSettings';
import type { NotebookState } from './notebookState';

/**
 * The export request for what is on screen: the problem's rows, the run's settings, the epoch
 * shown and how the run was computed, for the one-feature line or the weight-vector model.
 * Null while there is no run to export. Complexity O(1).
 */
export function pythonExportOf(state: NotebookState): PythonExportRequest | ManyFeatureExportRequest | null {
  const { problem, trajectory, manyProblem, manyTrajectory } = state;
  if (manyProblem && manyTrajectory)
    return manyFeatureExportRequest(state.dataSet, manyProblem, {
      learningRate: state.learningRate,
      epochs: affordableManyFeatureEpochs(state, manyProblem),
      epochOnScreen: Math.min(state.currentEpoch, manyTrajectory.lastEpoch),
      flavour: flavourOf(state),
      optimiser: state.optimiserKind,
      tolerance: state.stopOnTolerance ? state.tolerance : null,
      method: manyTrajectory.method,
    });
  if (!problem || !trajectory) return null;
  return pythonExportRequest(state.dataSet, problem, {
    learningRate: state.learningRate,
    epochs: affordableEpochs(state, problem.rowCount),
    epochOnScreen: Math.min(state.currentEpoch, trajectory.lastEpoch),
    start: state.start,
    flavour: flavourOf(state),
    optimiser: state.optimiserKind,
    tolerance: state.stopOnTolerance ? state.tolerance : null,
    method: trajectory.method,
  });
}
