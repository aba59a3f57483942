import { type Coefficients, predictRows } from '../../core/evaluation/modelErrors';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';
import { leastSquaresCoefficients, trainingRows } from './fitErrors';
import type { HeldOut } from './heldOut';

/** Fitted values ŷ and residuals y − ŷ of one part of the data, in the response's own units. */
export interface ResidualPoints {
  readonly fitted: Float64Array;
  readonly residuals: Float64Array;
}

/** The least-squares fit's residuals against its fitted values, on the training rows and on the held-out rows (null when none). */
export interface Residuals {
  readonly training: ResidualPoints;
  readonly test: ResidualPoints | null;
  /** The residual of largest size, with its part and row (from 1 within the part). */
  readonly largest: { readonly residual: number; readonly part: 'training' | 'test'; readonly row: number };
}

function residualsOf(model: Coefficients, terms: readonly Float64Array[], response: Float64Array): ResidualPoints {
  const fitted = predictRows(model, terms, response.length);
  return { fitted, residuals: Float64Array.from(response, (y, i) => y - fitted[i]!) };
}

/**
 * The residuals `yᵢ − ŷᵢ` of the least-squares model (fitted on the training rows) against its
 * fitted values `ŷᵢ`, for the training rows and the held-out rows. O((N + M)·p).
 */
export function leastSquaresResiduals(
  problem: RegressionProblem | ManyFeatureProblem,
  heldOut: HeldOut | null,
): Residuals {
  const model = leastSquaresCoefficients(problem);
  const rows = trainingRows(problem);
  const training = residualsOf(model, rows.terms, rows.response);
  const test = heldOut ? residualsOf(model, heldOut.terms, heldOut.response) : null;
  let largest: Residuals['largest'] = { residual: 0, part: 'training', row: 1 };
  for (const [part, points] of [['training', training] as const, ['test', test] as const]) {
    if (!points) continue;
    points.residuals.forEach((residual, i) => {
      if (Math.abs(residual) > Math.abs(largest.residual)) largest = { residual, part, row: i + 1 };
    });
  }
  return { training, test, largest };
}
