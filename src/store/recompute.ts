import { DataError } from '../core/dataError';
import { runOptimiser } from '../core/optimisers/runOptimiser';
import { prepareRegressionProblem, type RegressionProblem } from '../model/regressionProblem';
import { affordableEpochs } from '../model/runBudget';
import { describeTraining } from '../model/trainingStatus';
import { flavourOf, optimiserOf } from '../model/userSettings';
import type { NotebookState } from './notebookState';

/**
 * How far a change reaches: new data or columns or scaling change the problem and everything
 * after it; a new learning rate or epoch budget changes the run; moving through epochs changes
 * only the status line.
 */
export type ChangeReach = 'problem' | 'run' | 'status';

type Derived = Pick<
  NotebookState,
  'problem' | 'problemError' | 'trajectory' | 'currentEpoch' | 'status' | 'statusMessage' | 'playing'
>;

/**
 * The derived part of the state after a change, computed from `state` (which already holds the change).
 * With `epoch`, the new run is shown at that epoch (or at its last, if it ends sooner).
 * With `deferRun`, a new problem is prepared but its run is left for a later task (large data:
 * each step then stays short enough for the page to keep responding).
 */
export function recompute(
  state: NotebookState,
  reach: ChangeReach,
  options: { deferRun?: boolean; preparedProblem?: RegressionProblem; epoch?: number } = {},
): Derived {
  let { problem, problemError, trajectory, currentEpoch, playing } = state;
  if (reach === 'problem' && options.preparedProblem) {
    problem = options.preparedProblem;
    problemError = null;
  } else if (reach === 'problem') {
    try {
      problem = prepareRegressionProblem(state.dataSet, state.featureName, state.responseName, state.scaling);
      problemError = null;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problem = null;
      problemError = error.message;
    }
  }
  if (reach !== 'status') {
    const wasAtEnd = trajectory === null || currentEpoch >= trajectory.lastEpoch;
    trajectory =
      problem && !options.deferRun
        ? runOptimiser({
            feature: problem.feature,
            response: problem.response,
            learningRate: state.learningRate,
            epochs: affordableEpochs(state, problem.feature.length),
            start: state.start,
            flavour: flavourOf(state),
            optimiser: optimiserOf(state),
            tolerance: state.stopOnTolerance ? state.tolerance : undefined,
            statistics: problem.statistics,
          })
        : null;
    const wanted = options.epoch ?? (wasAtEnd ? Number.POSITIVE_INFINITY : currentEpoch);
    currentEpoch = trajectory ? Math.min(wanted, trajectory.lastEpoch) : 0;
  }
  if (trajectory && currentEpoch >= trajectory.lastEpoch) playing = false;
  if (!problem || !trajectory) {
    const message = problemError ?? (problem ? 'Running gradient descent on the new data…' : '');
    return { problem, problemError, trajectory, currentEpoch, playing: false, status: 'idle', statusMessage: message };
  }
  const report = describeTraining(problem, trajectory, currentEpoch, state, playing);
  return {
    problem,
    problemError,
    trajectory,
    currentEpoch,
    playing,
    status: report.status,
    statusMessage: report.message,
  };
}
