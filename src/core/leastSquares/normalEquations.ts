import { DataError } from '../dataError';
import { assertLinearProblem, type LinearModel, type LinearProblem } from '../linearModel/model';

/**
 * Least squares the textbook way, kept to show what it costs: form the normal equations
 * `AᵀA·β = Aᵀy` from the raw design A = [1, x₁, …, x_p] (no column of ones without an intercept;
 * no centring, no scaling) with plain sums, and solve them by Cholesky (AᵀA = LLᵀ, then two
 * triangular solves). Squaring A squares its condition number, so the answer loses about twice
 * the digits QR loses: fine on Advertising, nothing left on NIST's Filip. Complexity O(N·m²).
 *
 * Throws a DataError for unusable data, and when AᵀA is not positive definite in doubles (a
 * pivot ≤ 0: the squared condition number exceeds what a double can hold).
 */
export function normalEquationsFit(problem: LinearProblem): LinearModel {
  assertLinearProblem(problem);
  const rows = problem.response.length;
  const columns = [
    ...(problem.fitIntercept ? [new Float64Array(rows).fill(1)] : []),
    ...problem.features.map((feature) => feature.values),
  ];
  const m = columns.length;
  const gram = new Float64Array(m * m);
  const right = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k <= j; k++) {
      let sum = 0;
      for (let i = 0; i < rows; i++) sum += columns[j]![i]! * columns[k]![i]!;
      gram[j * m + k] = sum;
    }
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += columns[j]![i]! * problem.response[i]!;
    right[j] = sum;
  }
  // Cholesky, lower triangle in place: L[j][j] = √(G[j][j] − Σ L[j][k]²), L[i][j] = (G[i][j] − Σ L[i][k]L[j][k]) / L[j][j]
  for (let j = 0; j < m; j++) {
    let pivot = gram[j * m + j]!;
    for (let k = 0; k < j; k++) pivot -= gram[j * m + k]! ** 2;
    if (!(pivot > 0))
      throw new DataError(
        'The normal equations break down: XᵀX is not positive definite in double precision, because squaring the design squared its condition number.',
      );
    const diagonal = Math.sqrt(pivot);
    gram[j * m + j] = diagonal;
    for (let i = j + 1; i < m; i++) {
      let sum = gram[i * m + j]!;
      for (let k = 0; k < j; k++) sum -= gram[i * m + k]! * gram[j * m + k]!;
      gram[i * m + j] = sum / diagonal;
    }
  }
  const forward = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let sum = right[i]!;
    for (let k = 0; k < i; k++) sum -= gram[i * m + k]! * forward[k]!;
    forward[i] = sum / gram[i * m + i]!;
  }
  const solution = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let sum = forward[i]!;
    for (let k = i + 1; k < m; k++) sum -= gram[k * m + i]! * solution[k]!;
    solution[i] = sum / gram[i * m + i]!;
  }
  const offset = problem.fitIntercept ? 1 : 0;
  return {
    hasIntercept: problem.fitIntercept,
    intercept: problem.fitIntercept ? solution[0]! : 0,
    weights: solution.slice(offset),
  };
}
