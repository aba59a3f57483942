import { PER_POINT_WORK_LIMIT } from '../gradientDescent/trajectory';
import { assertValidSettings, batchSizeOf, type Flavour, type Optimiser } from '../optimisers/settings';
import { type GramStatistics, gramStatistics } from './gramStatistics';
import {
  fullBatchLinearLoop,
  type LinearData,
  type LinearGradientMethod,
  shuffledLinearLoop,
} from './linearEpochLoops';
import { assertLinearProblem, type LinearModel, type LinearProblem, parameterVector, zeroModel } from './model';
import { type LinearTrajectory, recordLinearEpochs } from './recordLinearEpochs';
import { createVectorUpdateRule } from './vectorUpdateRules';

/** One many-feature optimisation run; omitted fields mean batch, plain, from the zero model, no tolerance, method chosen by size. */
export interface LinearOptimiserRun {
  readonly problem: LinearProblem;
  readonly learningRate: number;
  readonly epochs: number;
  readonly start?: LinearModel;
  readonly flavour?: Flavour;
  readonly optimiser?: Optimiser;
  readonly tolerance?: number;
  readonly method?: LinearGradientMethod | 'auto';
  /** Statistics already computed from exactly this problem's feature columns and response. */
  readonly statistics?: GramStatistics;
}

/**
 * Runs gradient descent on `ŷ = b + w·x` (any flavour × any optimiser, as `runOptimiser` does
 * for one feature) and records the model and full-data MSE every epoch, entry 0 the start.
 * Stops at the budget, at the tolerance, or at divergence (see `recordLinearEpochs`).
 *
 * The full-data loss and batch gradient come from the per-row kernel (`evaluateLinearLoss`,
 * pairwise sums, numpy's results) while epochs·N·p ≤ `PER_POINT_WORK_LIMIT`, and otherwise
 * from the Gram statistics in O(p²) an epoch after one O(N·p²) pass. Mini-batch and stochastic
 * runs draw their order from the seed exactly as the one-feature loops do. Without an
 * intercept the intercept stays 0. Inputs are never modified.
 *
 * Complexity O(epochs·N·p) per row, O(N·p² + epochs·p²) from statistics (batch only).
 * Throws a DataError for unusable data (`assertLinearProblem`; with finite `statistics` of the
 * problem, its O(N·p) scan of the values is left out) and a RangeError for impossible
 * settings (as `assertValidSettings`, and a start model of the wrong size or non-finite).
 */
export function runLinearOptimiser(run: LinearOptimiserRun): LinearTrajectory {
  const { problem, learningRate, epochs, tolerance } = run;
  // Statistics made from the columns stand for their values: a NaN or an infinity anywhere reaches
  // the means and the Gram matrix. So finite statistics spare the O(N·p) scan of every value,
  // which on a million rows held the page on every new run; otherwise the scan names the culprit.
  assertLinearProblem(problem, !(run.statistics && statisticsAreFinite(run.statistics, problem)));
  assertValidSettings({
    feature: [],
    response: [],
    learningRate,
    epochs,
    tolerance,
    flavour: run.flavour,
    optimiser: run.optimiser,
  });
  const featureCount = problem.features.length;
  const start = run.start ?? zeroModel(featureCount, problem.fitIntercept);
  if (start.weights.length !== featureCount)
    throw new RangeError(`The starting model has ${start.weights.length} weights for ${featureCount} features.`);
  const startVector = parameterVector({ ...start, hasIntercept: problem.fitIntercept });
  if (!startVector.every(Number.isFinite)) throw new RangeError('The starting model must have finite parameters.');

  const flavour = run.flavour ?? { kind: 'batch' };
  const method = chooseLinearGradientMethod(run);
  const data: LinearData = {
    columns: problem.features.map((feature) => feature.values),
    response: problem.response,
    hasIntercept: problem.fitIntercept,
  };
  const statistics =
    method === 'gram-statistics' ? (run.statistics ?? gramStatistics(data.columns, data.response)) : null;
  const rule = createVectorUpdateRule(run.optimiser ?? { kind: 'plain' }, learningRate, featureCount + 1);
  const loop =
    flavour.kind === 'batch'
      ? fullBatchLinearLoop(data, statistics, rule)
      : shuffledLinearLoop(data, statistics, rule, batchSizeOf(flavour, data.response.length), flavour.seed);
  return recordLinearEpochs(startVector, epochs, tolerance, method, loop);
}

/** True when the statistics fit the problem's shape and every one of them is finite. O(p²). */
function statisticsAreFinite(statistics: GramStatistics, problem: LinearProblem): boolean {
  if (statistics.count !== problem.response.length || statistics.featureMeans.length !== problem.features.length)
    return false;
  const { featureMeans, gram, crossProducts, responseMean, responseSpread } = statistics;
  return (
    [featureMeans, gram, crossProducts].every((values) => values.every(Number.isFinite)) &&
    Number.isFinite(responseMean) &&
    Number.isFinite(responseSpread)
  );
}

/** The method asked for, or for `auto` per-row while epochs·N·p ≤ PER_POINT_WORK_LIMIT. Complexity O(1). */
export function chooseLinearGradientMethod(
  run: Pick<LinearOptimiserRun, 'problem' | 'epochs' | 'method'>,
): LinearGradientMethod {
  if (run.method && run.method !== 'auto') return run.method;
  const work = run.epochs * run.problem.response.length * Math.max(1, run.problem.features.length);
  return work <= PER_POINT_WORK_LIMIT ? 'per-point' : 'gram-statistics';
}
