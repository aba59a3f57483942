import { type Coefficients, modelMeanSquaredError } from '../../core/evaluation/modelErrors';
import { lineAtEpoch } from '../../core/gradientDescent/trajectory';
import type { LinearTrajectory } from '../../core/linearModel/recordLinearEpochs';
import type { OptimiserTrajectory } from '../../core/optimisers/settings';
import { lineInOriginalUnits } from '../../core/scaling';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import { modelAtEpoch } from '../manyFeatures/modelAtEpoch';
import { modelInOriginalUnits } from '../manyFeatures/modelUnits';
import type { RegressionProblem } from '../regressionProblem';
import type { HeldOut } from './heldOut';

type Problem = RegressionProblem | ManyFeatureProblem;

/** MSE and RMSE, in the response's own units, on the training rows and on the held-out rows (null when none). */
export interface FitErrors {
  readonly training: { readonly mse: number; readonly rmse: number; readonly count: number };
  readonly test: { readonly mse: number; readonly rmse: number; readonly count: number } | null;
}

/** The training terms and response in original units, as the model's terms are ordered. */
export function trainingRows(problem: Problem): { terms: readonly Float64Array[]; response: Float64Array } {
  return problem.kind === 'line'
    ? { terms: [problem.rawFeature], response: problem.rawResponse }
    : { terms: problem.original.features.map((feature) => feature.values), response: problem.original.response };
}

/** Gradient descent's model after `epoch` epochs, in original units. O(p). */
export function descentCoefficients(
  problem: Problem,
  trajectory: OptimiserTrajectory | LinearTrajectory,
  epoch: number,
): Coefficients {
  if (problem.kind === 'line') {
    const line = lineInOriginalUnits(
      lineAtEpoch(trajectory as OptimiserTrajectory, epoch),
      problem.featureScaler,
      problem.responseScaler,
    );
    return { intercept: line.intercept, weights: [line.slope] };
  }
  const working = modelAtEpoch(trajectory as LinearTrajectory, epoch, problem.working.fitIntercept);
  return modelInOriginalUnits(working, problem.termScalers, problem.responseScaler);
}

/** The least-squares model (fitted on the training rows) in original units. O(p). */
export function leastSquaresCoefficients(problem: Problem): Coefficients {
  if (problem.kind === 'many') return problem.leastSquares.model;
  const line = lineInOriginalUnits(problem.ols, problem.featureScaler, problem.responseScaler);
  return { intercept: line.intercept, weights: [line.slope] };
}

/**
 * The model's MSE `(1/N)·Σ(y − ŷ)²` and RMSE (its square root) on the training rows and on the
 * held-out rows, in original units. Complexity O((N + M)·p).
 */
export function fitErrors(problem: Problem, heldOut: HeldOut | null, model: Coefficients): FitErrors {
  const rows = trainingRows(problem);
  const trainingMse = modelMeanSquaredError(model, rows.terms, rows.response);
  const testMse = heldOut ? modelMeanSquaredError(model, heldOut.terms, heldOut.response) : null;
  return {
    training: { mse: trainingMse, rmse: Math.sqrt(trainingMse), count: rows.response.length },
    test: testMse === null ? null : { mse: testMse, rmse: Math.sqrt(testMse), count: heldOut!.count },
  };
}
