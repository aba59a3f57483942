import { type PythonExportRequest, pythonExportRequest } from '../model/pythonExport/exportRequest';
import { affordableEpochs } from '../model/runBudget';
import { flavourOf } from '../model/userSettings';
import type { NotebookState } from './notebookState';

/**
 * The export request for what is on screen: the problem's rows, the run's settings, the epoch
 * shown and how the run was computed. Null while there is no run to export. Complexity O(1).
 */
export function pythonExportOf(state: NotebookState): PythonExportRequest | null {
  const { problem, trajectory } = state;
  if (!problem || !trajectory) return null;
  return pythonExportRequest(state.dataSet, problem, {
    learningRate: state.learningRate,
    epochs: affordableEpochs(state, problem.feature.length),
    epochOnScreen: Math.min(state.currentEpoch, trajectory.lastEpoch),
    start: state.start,
    flavour: flavourOf(state),
    optimiser: state.optimiserKind,
    tolerance: state.stopOnTolerance ? state.tolerance : null,
    method: trajectory.method,
  });
}
