import { pairwiseSumOf } from '../summation';

/** A linear model's coefficients: `ŷ = intercept + Σ weightsⱼ·termⱼ`. */
export interface Coefficients {
  readonly intercept: number;
  readonly weights: ArrayLike<number>;
}

/**
 * The predictions `intercept + Σⱼ weightsⱼ·termsⱼ[i]` for every row i, summing the terms in
 * order. Complexity O(N·p). Throws a RangeError when the terms and weights differ in number
 * or a term's length differs from `rowCount`.
 */
export function predictRows(model: Coefficients, terms: readonly ArrayLike<number>[], rowCount: number): Float64Array {
  if (terms.length !== model.weights.length)
    throw new RangeError(`predictRows has ${terms.length} terms for ${model.weights.length} weights.`);
  for (const term of terms)
    if (term.length !== rowCount) throw new RangeError('predictRows needs every term to have one value a row.');
  const out = new Float64Array(rowCount).fill(model.intercept);
  for (let j = 0; j < terms.length; j++) {
    const weight = model.weights[j]!;
    const term = terms[j]!;
    for (let i = 0; i < rowCount; i++) out[i]! += weight * term[i]!;
  }
  return out;
}

/**
 * Mean squared error `(1/N)·Σ(yᵢ − ŷᵢ)²` of the model on the rows, with a pairwise sum (numpy's
 * order for `np.mean((y − p)**2)`). Complexity O(N·p). Throws a RangeError for no rows.
 */
export function modelMeanSquaredError(
  model: Coefficients,
  terms: readonly ArrayLike<number>[],
  response: ArrayLike<number>,
): number {
  if (response.length === 0) throw new RangeError('modelMeanSquaredError needs at least one row.');
  const predicted = predictRows(model, terms, response.length);
  return (
    pairwiseSumOf(response.length, (i) => {
      const residual = response[i]! - predicted[i]!;
      return residual * residual;
    }) / response.length
  );
}
