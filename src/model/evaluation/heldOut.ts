import {
  createGramScratch,
  evaluateFromGram,
  type GramStatistics,
  gramStatistics,
} from '../../core/linearModel/gramStatistics';
import { polynomialTerms } from '../../core/polynomial/polynomialTerms';
import { applyScaler, type MinMaxScaler } from '../../core/scaling';
import type { RunTrajectory } from '../activeFit';
import { type DataSet, findColumn } from '../dataSet';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';

/** At most this many epochs of the held-out loss are computed for the loss plot (evenly spaced, the last included). */
export const HELD_OUT_CURVE_POINTS = 4000;

/**
 * The rows the model never saw, arranged as the model's terms: the split's test rows, or a
 * generated data set's own test points (the second lesson's recipe). Terms and response are
 * held in original units and in the working units gradient descent runs in (the training
 * rows' scalers applied), with the held-out loss along the run for the loss plot.
 */
export interface HeldOut {
  readonly origin: 'split' | 'recipe';
  /** Held-out rows with a number in every chosen column. */
  readonly count: number;
  /** Held-out rows left out because a chosen cell is blank or not a number. */
  readonly leftOutCount: number;
  readonly terms: readonly Float64Array[];
  readonly response: Float64Array;
  readonly workingTerms: readonly Float64Array[];
  readonly workingResponse: Float64Array;
  /** Whether the model has an intercept (the held-out loss along a run needs to know). */
  readonly hasIntercept: boolean;
}

/** The held-out MSE (working units) at the epochs listed, for the loss plot. */
export interface HeldOutCurve {
  readonly epochs: Float64Array;
  readonly losses: Float64Array;
}

type Problem = RegressionProblem | ManyFeatureProblem;

/**
 * The held-out rows for a problem: the split's test data when rows are held out, else the data
 * set's generated test set when it matches the chosen columns, else null (nothing to judge on).
 * They depend on the problem only, not on the run, so a new learning rate keeps them (and
 * everything drawn or computed from them); the loss along a run is {@link heldOutCurveOf}.
 * Complexity O(M·p) for M held-out rows.
 */
export function heldOutFor(problem: Problem, testData: DataSet | null, dataSet: DataSet): HeldOut | null {
  const rows = testData ? rowsOfData(problem, testData) : rowsOfRecipe(problem, dataSet);
  if (!rows || rows.response.length === 0) return null;
  const { featureValues, extras, response, leftOutCount } = rows;
  const terms =
    problem.kind === 'line'
      ? [featureValues]
      : [
          ...polynomialTerms({ name: 'x', values: featureValues }, problem.choice.polynomialDegree).map(
            (t) => t.values,
          ),
          ...extras,
        ];
  const termScalers: readonly MinMaxScaler[] = problem.kind === 'line' ? [problem.featureScaler] : problem.termScalers;
  // applyScaler returns a column of its own: no second copy
  const workingTerms = terms.map((values, j) => applyScaler(termScalers[j]!, values));
  const workingResponse = applyScaler(problem.responseScaler, response);
  const hasIntercept = problem.kind === 'line' ? true : problem.working.fitIntercept;
  return {
    origin: testData ? 'split' : 'recipe',
    count: response.length,
    leftOutCount,
    terms,
    response,
    workingTerms,
    workingResponse,
    hasIntercept,
  };
}

/** The held-out loss along a run, for the loss plot: {@link heldOutCurve} of these rows; null without rows or run. */
export function heldOutCurveOf(heldOut: HeldOut | null, trajectory: RunTrajectory | null): HeldOutCurve | null {
  return heldOut && trajectory
    ? heldOutCurve(heldOut.workingTerms, heldOut.workingResponse, trajectory, heldOut.hasIntercept)
    : null;
}

/**
 * The held-out rows' Gram statistics, made once per set of held-out rows (keyed by its response
 * array, which a set's terms never outlive): a new learning rate or epoch budget on large data
 * then costs O(p²) an epoch, not another O(M·p²) pass over the held-out rows.
 */
const statisticsOfRows = new WeakMap<Float64Array, { terms: readonly Float64Array[]; statistics: GramStatistics }>();

function heldOutStatistics(workingTerms: readonly Float64Array[], workingResponse: Float64Array): GramStatistics {
  const kept = statisticsOfRows.get(workingResponse);
  if (kept && kept.terms.length === workingTerms.length && kept.terms.every((terms, j) => terms === workingTerms[j]))
    return kept.statistics;
  const statistics = gramStatistics(workingTerms, workingResponse);
  statisticsOfRows.set(workingResponse, { terms: workingTerms, statistics });
  return statistics;
}

/**
 * The held-out MSE along a run, from the held-out rows' centred Gram statistics: O(M·p²) once,
 * then O(p²) an epoch (`evaluateFromGram`), at no more than {@link HELD_OUT_CURVE_POINTS} epochs.
 */
export function heldOutCurve(
  workingTerms: readonly Float64Array[],
  workingResponse: Float64Array,
  trajectory: RunTrajectory & { readonly weights?: readonly Float64Array[] },
  hasIntercept: boolean,
): HeldOutCurve {
  const statistics = heldOutStatistics(workingTerms, workingResponse);
  const history = trajectory.weights ?? (trajectory.slopes ? [trajectory.slopes] : []);
  const p = workingTerms.length;
  const scratch = createGramScratch(p);
  const parameters = new Float64Array(p + 1);
  const last = trajectory.lastEpoch;
  const stride = Math.max(1, Math.ceil((last + 1) / HELD_OUT_CURVE_POINTS));
  const count = Math.floor(last / stride) + 1 + (last % stride === 0 ? 0 : 1);
  const epochs = new Float64Array(count);
  const losses = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const epoch = Math.min(last, k * stride);
    parameters[0] = trajectory.intercepts.at(epoch)!;
    for (let j = 0; j < p; j++) parameters[j + 1] = history[j]!.at(epoch)!;
    evaluateFromGram(statistics, parameters, hasIntercept, scratch);
    epochs[k] = epoch;
    losses[k] = scratch.loss;
  }
  return { epochs, losses };
}

interface HeldOutRows {
  readonly featureValues: Float64Array;
  readonly extras: Float64Array[];
  readonly response: Float64Array;
  readonly leftOutCount: number;
}

function rowsOfData(problem: Problem, data: DataSet): HeldOutRows | null {
  const featureName = problem.kind === 'line' ? problem.featureName : problem.choice.featureName;
  const extraNames = problem.kind === 'line' ? [] : problem.choice.extraFeatures;
  const responseName = problem.kind === 'line' ? problem.responseName : problem.choice.responseName;
  const columns = [featureName, ...extraNames, responseName].map((name) => findColumn(data, name)?.values);
  if (columns.some((column) => !column)) return null;
  const usable: number[] = [];
  for (let i = 0; i < data.rowCount; i++) if (columns.every((column) => Number.isFinite(column![i]!))) usable.push(i);
  const take = (column: Float64Array) => Float64Array.from(usable, (i) => column[i]!);
  const [feature, ...rest] = columns.map((column) => take(column!));
  return {
    featureValues: feature!,
    extras: rest.slice(0, -1),
    response: rest[rest.length - 1]!,
    leftOutCount: data.rowCount - usable.length,
  };
}

function rowsOfRecipe(problem: Problem, dataSet: DataSet): HeldOutRows | null {
  const recipe = dataSet.testSet;
  if (!recipe) return null;
  const featureName = problem.kind === 'line' ? problem.featureName : problem.choice.featureName;
  const responseName = problem.kind === 'line' ? problem.responseName : problem.choice.responseName;
  const extras = problem.kind === 'line' ? 0 : problem.choice.extraFeatures.length;
  if (recipe.featureName !== featureName || recipe.responseName !== responseName || extras > 0) return null;
  return { featureValues: recipe.feature, extras: [], response: recipe.response, leftOutCount: 0 };
}
