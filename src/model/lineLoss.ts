import { lossAndGradientFromStatistics } from '../core/gradientDescent/sufficientStatistics';
import type { Line } from '../core/line';
import { meanSquaredError, rootMeanSquaredError } from '../core/metrics';
import { lineInOriginalUnits } from '../core/scaling';
import type { RegressionProblem } from './regressionProblem';

/**
 * Up to this many rows a line's loss is summed point by point, numpy's way; beyond, it comes
 * from the problem's centred sums in O(1), so a line dragged or an epoch scrubbed over a
 * million rows never walks them on the page's thread.
 */
export const POINT_BY_POINT_ROWS = 100_000;

/**
 * MSE of `line` (in the units gradient descent works in) over the problem's rows:
 * `(1/N)·Σ(yᵢ − (a + b·xᵢ))²`, point by point up to {@link POINT_BY_POINT_ROWS} rows, else from
 * the sufficient statistics (`lossAndGradientFromStatistics`, equal to ~1e−15 relative).
 */
export function lineMeanSquaredError(
  problem: Pick<RegressionProblem, 'rowCount' | 'feature' | 'response' | 'statistics'>,
  line: Line,
): number {
  if (problem.rowCount <= POINT_BY_POINT_ROWS) return meanSquaredError(line, problem.feature, problem.response);
  return lossAndGradientFromStatistics(line, problem.statistics).loss;
}

/**
 * Root mean squared error, in the response's original units, of the line `workingLine` (in
 * working units). Beyond {@link POINT_BY_POINT_ROWS} rows: √(working MSE) / the response's scale,
 * because min–max scaling multiplies every residual by that scale.
 */
export function originalRootMeanSquaredError(
  problem: Pick<
    RegressionProblem,
    | 'rowCount'
    | 'feature'
    | 'response'
    | 'rawFeature'
    | 'rawResponse'
    | 'statistics'
    | 'featureScaler'
    | 'responseScaler'
  >,
  workingLine: Line,
): number {
  if (problem.rowCount <= POINT_BY_POINT_ROWS)
    return rootMeanSquaredError(
      lineInOriginalUnits(workingLine, problem.featureScaler, problem.responseScaler),
      problem.rawFeature,
      problem.rawResponse,
    );
  return Math.sqrt(lineMeanSquaredError(problem, workingLine)) / problem.responseScaler.scale;
}
