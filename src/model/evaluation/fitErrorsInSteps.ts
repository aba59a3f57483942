import { meanSquaredErrorInSteps } from '../../core/evaluation/errorsInSteps';
import type { Coefficients } from '../../core/evaluation/modelErrors';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';
import { type FitErrors, trainingRows } from './fitErrors';
import type { HeldOut } from './heldOut';

/**
 * `fitErrors` (MSE and RMSE on the training and the held-out rows, original units) as a
 * generator that yields every few tens of thousands of rows and returns the same doubles, so a
 * page can spread the scan over millions of rows across many short tasks. O((N + M)·p).
 */
export function* fitErrorsInSteps(
  problem: RegressionProblem | ManyFeatureProblem,
  heldOut: HeldOut | null,
  model: Coefficients,
): Generator<void, FitErrors> {
  const rows = trainingRows(problem);
  const trainingMse = yield* meanSquaredErrorInSteps(model, rows.terms, rows.response);
  const testMse = heldOut ? yield* meanSquaredErrorInSteps(model, heldOut.terms, heldOut.response) : null;
  return {
    training: { mse: trainingMse, rmse: Math.sqrt(trainingMse), count: rows.response.length },
    test: testMse === null || !heldOut ? null : { mse: testMse, rmse: Math.sqrt(testMse), count: heldOut.count },
  };
}
