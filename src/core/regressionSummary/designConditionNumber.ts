import { smallSvd } from '../leastSquares/singularValues';
import { designScaling, powerOfTwoNear, streamedTriangle } from '../leastSquares/streamedTriangle';
import { assertLinearProblem, type LinearProblem } from '../linearModel/model';

/**
 * The condition number statsmodels prints under its OLS summary ("Cond. No."): σmax/σmin, the
 * ratio of the largest to the smallest singular value of the raw design matrix X (a column of
 * ones first when the model has an intercept, then every feature as given, neither centred nor
 * scaled). It depends on the units of the columns, so it measures how the data are written as
 * much as how collinear they are; the fit itself works on the centred, scaled design B, whose
 * condition number is `LeastSquaresFit.conditionNumber`. Since X = B·M with M upper triangular
 * (M₀₀ = 1/s₀, M₀ⱼ = meanⱼ/s₀, Mⱼⱼ = 1/sⱼ for the column scales s), X = Q·(R·M) and the
 * singular values of X are those of the small matrix R·M, with R streamed from B without a copy
 * of the data (`streamedTriangle`) and the singular values by one-sided Jacobi. R·M is first
 * multiplied by a power of two so that no square overflows, which leaves the ratio unchanged.
 * Returns Infinity when σmin is zero in doubles. Complexity O(N·m²).
 *
 * @throws DataError for unusable data (`assertLinearProblem`).
 * @example designConditionNumber({ features: [{ name: 'x', values: Float64Array.of(1, 0) }], response: Float64Array.of(1, 2), fitIntercept: true }) // (3 + √5)/2 ≈ 2.618
 */
export function designConditionNumber(problem: LinearProblem): number {
  assertLinearProblem(problem);
  const scaling = designScaling(problem);
  const m = scaling.scales.length;
  const width = m + 1;
  const triangle = streamedTriangle(problem, scaling);
  // M, row-major m×m: column k of X written in the columns of B
  const transform = new Float64Array(m * m);
  for (let k = 0; k < m; k++) transform[k * m + k] = 1 / scaling.scales[k]!;
  if (scaling.hasIntercept) for (let j = 0; j < m - 1; j++) transform[j + 1] = scaling.means[j]! / scaling.scales[0]!;
  const product = new Float64Array(m * m);
  let largest = 0;
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      let sum = 0;
      for (let j = i; j <= k; j++) sum += triangle[i * width + j]! * transform[j * m + k]!;
      product[i * m + k] = sum;
      largest = Math.max(largest, Math.abs(sum));
    }
  const shrink = powerOfTwoNear(1 / largest);
  for (let i = 0; i < product.length; i++) product[i] = product[i]! * shrink;
  const singular = smallSvd(product, m).values;
  const smallest = singular[m - 1]!;
  return smallest > 0 ? singular[0]! / smallest : Number.POSITIVE_INFINITY;
}
