import type { Coefficients } from '../../core/evaluation/modelErrors';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';
import { leastSquaresCoefficients, trainingRows } from './fitErrors';
import type { HeldOut } from './heldOut';

/**
 * What the residual plot shows of one part of the data, in the response's own units: its row
 * count, the range of its fitted values ŷ, every `stride`-th row's fitted value and residual
 * y − ŷ (to draw), and its first rows (for the table). Nothing here grows with the row count
 * beyond the rows drawn, so a million rows cost no array of a million fitted values.
 */
export interface ResidualPoints {
  readonly count: number;
  readonly fittedLow: number;
  readonly fittedHigh: number;
  /** Rows 0, stride, 2·stride, … (at most the number asked to be drawn). */
  readonly drawn: { readonly fitted: readonly number[]; readonly residuals: readonly number[] };
  /** The first rows, in order. */
  readonly first: { readonly fitted: readonly number[]; readonly residuals: readonly number[] };
}

/** The least-squares fit's residuals against its fitted values, on the training rows and on the held-out rows (null when none). */
export interface Residuals {
  readonly training: ResidualPoints;
  readonly test: ResidualPoints | null;
  /** The residual of largest size, with its part and row (from 1 within the part). */
  readonly largest: { readonly residual: number; readonly part: 'training' | 'test'; readonly row: number };
}

/** How many rows of each part to keep: drawn (evenly spaced through the rows) and listed first. */
export interface ResidualSampling {
  readonly drawn: number;
  readonly first: number;
}

/** One part's points, walking its rows once: ŷᵢ = intercept + Σⱼ wⱼ·termⱼ[i] (terms summed in order). */
function residualsOf(
  model: Coefficients,
  terms: readonly Float64Array[],
  response: Float64Array,
  sampling: ResidualSampling,
): ResidualPoints & { readonly largestRow: number; readonly largestResidual: number } {
  const count = response.length;
  const stride = Math.max(1, Math.ceil(count / sampling.drawn));
  const drawn = { fitted: [] as number[], residuals: [] as number[] };
  const first = { fitted: [] as number[], residuals: [] as number[] };
  let fittedLow = Infinity;
  let fittedHigh = -Infinity;
  let largestRow = 0;
  let largestResidual = 0;
  for (let i = 0; i < count; i++) {
    let fitted = model.intercept;
    for (let j = 0; j < terms.length; j++) fitted += model.weights[j]! * terms[j]![i]!;
    const residual = response[i]! - fitted;
    if (fitted < fittedLow) fittedLow = fitted;
    if (fitted > fittedHigh) fittedHigh = fitted;
    if (Math.abs(residual) > Math.abs(largestResidual)) {
      largestResidual = residual;
      largestRow = i;
    }
    if (i % stride === 0) {
      drawn.fitted.push(fitted);
      drawn.residuals.push(residual);
    }
    if (i < sampling.first) {
      first.fitted.push(fitted);
      first.residuals.push(residual);
    }
  }
  return { count, fittedLow, fittedHigh, drawn, first, largestRow, largestResidual };
}

/**
 * The residuals `yᵢ − ŷᵢ` of the least-squares model (fitted on the training rows) against its
 * fitted values `ŷᵢ`, for the training rows and the held-out rows, kept as `sampling` asks (see
 * {@link ResidualPoints}). O((N + M)·p) time, O(drawn + first) memory.
 */
export function leastSquaresResiduals(
  problem: RegressionProblem | ManyFeatureProblem,
  heldOut: HeldOut | null,
  sampling: ResidualSampling,
): Residuals {
  const model = leastSquaresCoefficients(problem);
  const rows = trainingRows(problem);
  const { largestRow, largestResidual, ...training } = residualsOf(model, rows.terms, rows.response, sampling);
  let largest: Residuals['largest'] = { residual: largestResidual, part: 'training', row: largestRow + 1 };
  if (!heldOut) return { training, test: null, largest };
  const {
    largestRow: testRow,
    largestResidual: testResidual,
    ...test
  } = residualsOf(model, heldOut.terms, heldOut.response, sampling);
  if (Math.abs(testResidual) > Math.abs(largest.residual))
    largest = { residual: testResidual, part: 'test', row: testRow + 1 };
  return { training, test, largest };
}
