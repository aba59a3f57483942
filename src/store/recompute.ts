import { DataError } from '../core/dataError';
import { createEpochBufferPool } from '../core/gradientDescent/epochBuffers';
import { runLinearOptimiser } from '../core/linearModel/runLinearOptimiser';
import { runOptimiser } from '../core/optimisers/runOptimiser';
import { type HeldOut, heldOutCurveOf, heldOutFor } from '../model/evaluation/heldOut';
import { splitDataSet } from '../model/evaluation/splitData';
import { type ManyFeatureProblem, prepareManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { isManyFeatureChoice } from '../model/manyFeatures/modelChoice';
import { prepareRegressionProblem, type RegressionProblem } from '../model/regressionProblem';
import { affordableEpochs, affordableManyFeatureEpochs, runsOffPage } from '../model/runBudget';
import { summariseRun } from '../model/runSummary';
import { flavourOf, optimiserOf } from '../model/userSettings';
import type { NotebookState } from './notebookState';

/**
 * How far a change reaches: new data, columns or scaling change the problem and everything
 * after it; a new learning rate, budget, start or flavour changes only the run. Moving through
 * the epochs of a run recomputes nothing: the status is derived from the run's summary.
 */
export type ChangeReach = 'problem' | 'run';

/** The computed results the store keeps: they take a worker or a long loop to make, so they are made once per change. */
export type Derived = Pick<
  NotebookState,
  | 'problem'
  | 'problemError'
  | 'trajectory'
  | 'manyProblem'
  | 'manyTrajectory'
  | 'runSummary'
  | 'currentEpoch'
  | 'playing'
  | 'heldOut'
  | 'heldOutCurve'
>;

export interface RecomputeOptions {
  /**
   * Prepare the new problem but leave its run for a later task (large data: each step then
   * stays short enough for the page to keep responding).
   */
  readonly deferRun?: boolean;
  /** A problem already prepared off the main thread for exactly these columns. */
  readonly preparedProblem?: RegressionProblem;
  /** A many-feature problem already prepared off the main thread for exactly this choice. */
  readonly preparedManyProblem?: ManyFeatureProblem;
  /**
   * The prepared problem was fitted on exactly the training rows of this state's split (the
   * worker made the same seeded split); without it, a prepared problem is taken as fitted on
   * every row, and used only when no row is held out.
   */
  readonly preparedOnTrainingRows?: boolean;
  /**
   * The held-out rows of this state's split arranged for the prepared problem (the worker made
   * them beside it): with `preparedOnTrainingRows`, the page then neither splits the rows (O(N·C))
   * nor arranges the held-out ones.
   */
  readonly preparedHeldOut?: HeldOut | null;
  /**
   * Compute even a large shuffled run here, on the page (the worker that computes it otherwise,
   * `backgroundRun.ts`, failed). Without it such a run is left out (null) for that worker.
   */
  readonly runOnPage?: boolean;
}

/** The prepared problem, when it comes with its held-out rows (nothing of the split is made on the page). */
function preparedWithHeldOut<Problem>(prepared: Problem | undefined, options: RecomputeOptions): Problem | undefined {
  return prepared && options.preparedOnTrainingRows && options.preparedHeldOut !== undefined ? prepared : undefined;
}

/**
 * The epoch arrays of the one-feature run, reused from run to run (two sets in turn, never the
 * one holding the run on screen): a 200,000-epoch run in closed form writes 1.6 MB of losses and
 * 50 kB of block powers (its line is computed when read), and fresh arrays of that size cost
 * more to map than to fill; a step-by-step run writes its line too. A run's arrays are
 * overwritten two runs later, so whatever keeps a run longer copies what it needs (kept loss
 * curves do) or no longer reads it
 * (a lesson widget scrolled out of view holds its run without rendering, `useVisibleNotebook`);
 * read again after that, it would show a later run's numbers, all finite.
 */
const runBuffers = createEpochBufferPool();

/**
 * The results after one user intent, computed from `state`, which already holds every choice
 * that intent made: the regression problem (when the reach is `problem`), the whole run, its
 * summary, and the epoch to show (the end of the new run when the old one was at its end,
 * otherwise the same epoch, clamped). Throws only on programming errors; unfittable data
 * becomes `problemError`.
 */
export function recompute(state: NotebookState, reach: ChangeReach, options: RecomputeOptions = {}): Derived {
  if (isManyFeatureChoice(state)) return recomputeManyFeatures(state, reach, options);
  let { problem, problemError } = state;
  // Fitted on the training rows only; a problem prepared elsewhere fits every row, so it is used only when none is held out.
  // A new run (reach 'run') keeps the problem, so neither the split (O(N)) nor the held-out rows are made again.
  const complete = reach === 'problem' ? preparedWithHeldOut(options.preparedProblem, options) : undefined;
  const split =
    reach === 'problem' && !complete ? splitDataSet(state.dataSet, state.testFraction, state.splitSeed) : null;
  if (complete) {
    problem = complete;
    problemError = null;
  } else if (split && options.preparedProblem && (!split.test || options.preparedOnTrainingRows)) {
    problem = options.preparedProblem;
    problemError = null;
  } else if (split) {
    try {
      problem = prepareRegressionProblem(split.training, state.featureName, state.responseName, state.scaling);
      problemError = null;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problem = null;
      problemError = error.message;
    }
  }
  const wasAtEnd = state.trajectory === null || state.currentEpoch >= state.trajectory.lastEpoch;
  const epochs = problem ? affordableEpochs(state, problem.rowCount) : 0;
  const runHere = !runsOffPage(state, problem?.rowCount ?? 0) || options.runOnPage;
  const trajectory =
    problem && !options.deferRun && runHere
      ? runOptimiser({
          // read only if the run needs the rows: a long batch run works from the statistics, and
          // a large scaled problem makes its scaled columns when they are read
          get feature() {
            return problem.feature;
          },
          get response() {
            return problem.response;
          },
          learningRate: state.learningRate,
          epochs,
          start: state.start,
          flavour: flavourOf(state),
          optimiser: optimiserOf(state),
          tolerance: state.stopOnTolerance ? state.tolerance : undefined,
          statistics: problem.statistics,
          buffers: runBuffers.take(epochs, state.trajectory),
        })
      : null;
  const runSummary = problem && trajectory ? summariseRun(problem, trajectory, state.flavourKind) : null;
  const currentEpoch = trajectory
    ? wasAtEnd
      ? trajectory.lastEpoch
      : Math.min(state.currentEpoch, trajectory.lastEpoch)
    : 0;
  const playing = trajectory !== null && state.playing && currentEpoch < trajectory.lastEpoch;
  return {
    problem,
    problemError,
    trajectory,
    runSummary,
    currentEpoch,
    playing,
    manyProblem: null,
    manyTrajectory: null,
    ...heldOutOf(state, problem, state.problem, trajectory, complete && options.preparedHeldOut),
  };
}

/**
 * The held-out rows and their loss along the run: the rows are kept when the problem is the
 * one they were made for (a new learning rate, budget, start or flavour), so whatever is drawn
 * or computed from them is not redone on a slider step; only the curve (O(p²) an epoch) is.
 */
function heldOutOf(
  state: NotebookState,
  problem: RegressionProblem | ManyFeatureProblem | null,
  previous: RegressionProblem | ManyFeatureProblem | null,
  trajectory: Parameters<typeof heldOutCurveOf>[1],
  prepared?: HeldOut | null,
): { heldOut: HeldOut | null; heldOutCurve: ReturnType<typeof heldOutCurveOf> } {
  const heldOut = !problem
    ? null
    : problem === previous
      ? state.heldOut
      : prepared !== undefined
        ? prepared
        : heldOutFor(problem, splitDataSet(state.dataSet, state.testFraction, state.splitSeed).test, state.dataSet);
  return { heldOut, heldOutCurve: heldOutCurveOf(heldOut, trajectory) };
}

/** {@link recompute} for the weight-vector model (several features, powers, or no intercept). */
function recomputeManyFeatures(state: NotebookState, reach: ChangeReach, options: RecomputeOptions): Derived {
  let { manyProblem, problemError } = state;
  const offered = preparedWithHeldOut(options.preparedManyProblem, options);
  const complete = reach === 'problem' && offered && isPreparedFor(offered, state) ? offered : undefined;
  const split =
    !complete && (reach === 'problem' || !manyProblem)
      ? splitDataSet(state.dataSet, state.testFraction, state.splitSeed)
      : null;
  if (complete) {
    manyProblem = complete;
    problemError = null;
  } else if (
    reach === 'problem' &&
    split &&
    options.preparedManyProblem &&
    (!split.test || options.preparedOnTrainingRows) &&
    isPreparedFor(options.preparedManyProblem, state)
  ) {
    manyProblem = options.preparedManyProblem;
    problemError = null;
  } else if (split) {
    try {
      manyProblem = prepareManyFeatureProblem(split.training, state, state.scaling);
      problemError = null;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      manyProblem = null;
      problemError = error.message;
    }
  }
  const previous = state.manyTrajectory ?? state.trajectory;
  const wasAtEnd = previous === null || state.currentEpoch >= previous.lastEpoch;
  const runHere = !runsOffPage(state, manyProblem?.rowCount ?? 0) || options.runOnPage;
  const manyTrajectory =
    manyProblem && !options.deferRun && runHere
      ? runLinearOptimiser({
          problem: manyProblem.working,
          learningRate: state.learningRate,
          epochs: affordableManyFeatureEpochs(state, manyProblem),
          flavour: flavourOf(state),
          optimiser: optimiserOf(state),
          tolerance: state.stopOnTolerance ? state.tolerance : undefined,
          statistics: manyProblem.statistics,
        })
      : null;
  const runSummary =
    manyProblem && manyTrajectory ? summariseRun(manyProblem, manyTrajectory, state.flavourKind) : null;
  const currentEpoch = manyTrajectory
    ? wasAtEnd
      ? manyTrajectory.lastEpoch
      : Math.min(state.currentEpoch, manyTrajectory.lastEpoch)
    : 0;
  const playing = manyTrajectory !== null && state.playing && currentEpoch < manyTrajectory.lastEpoch;
  return {
    problem: null,
    trajectory: null,
    manyProblem,
    manyTrajectory,
    problemError,
    runSummary,
    currentEpoch,
    playing,
    ...heldOutOf(state, manyProblem, state.manyProblem, manyTrajectory, complete && options.preparedHeldOut),
  };
}

/** Whether a problem prepared elsewhere (a worker) is the one this state's choices make. */
function isPreparedFor(problem: ManyFeatureProblem, state: NotebookState): boolean {
  const { choice } = problem;
  return (
    problem.scaled === state.scaling &&
    choice.featureName === state.featureName &&
    choice.responseName === state.responseName &&
    choice.polynomialDegree === state.polynomialDegree &&
    choice.throughOrigin === state.throughOrigin &&
    choice.extraFeatures.length === state.extraFeatures.length &&
    choice.extraFeatures.every((name, index) => name === state.extraFeatures[index])
  );
}
