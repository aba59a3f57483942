import { pairwiseSumOfBlocks } from '../summation';

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
  checkTerms(model, terms, rowCount);
  const out = new Float64Array(rowCount).fill(model.intercept);
  for (let j = 0; j < terms.length; j++) {
    const weight = model.weights[j]!;
    const term = terms[j]!;
    for (let i = 0; i < rowCount; i++) out[i]! += weight * term[i]!;
  }
  return out;
}

/**
 * The prediction `intercept + Σⱼ weightsⱼ·termsⱼ[row]` of one row, the terms added in order:
 * the same double as {@link predictRows} gives for that row. O(p).
 */
export function predictRow(model: Coefficients, terms: readonly ArrayLike<number>[], row: number): number {
  let value = model.intercept;
  for (let j = 0; j < terms.length; j++) value += model.weights[j]! * terms[j]![row]!;
  return value;
}

/**
 * Mean squared error `(1/N)·Σ(yᵢ − ŷᵢ)²` of the model on the rows, with a pairwise sum (numpy's
 * order for `np.mean((y − p)**2)`). Each prediction is the double {@link predictRows} gives,
 * computed as the sum needs it, so no array of N predictions is allocated. Complexity O(N·p).
 * Throws a RangeError for no rows, or terms and weights that differ in number or length.
 */
export function modelMeanSquaredError(
  model: Coefficients,
  terms: readonly ArrayLike<number>[],
  response: ArrayLike<number>,
): number {
  if (response.length === 0) throw new RangeError('modelMeanSquaredError needs at least one row.');
  checkTerms(model, terms, response.length);
  const squaredResiduals = (start: number, count: number, out: Float64Array) =>
    writeSquaredResiduals(model, terms, response, start, count, out);
  return pairwiseSumOfBlocks(response.length, squaredResiduals) / response.length;
}

/**
 * Writes `(yᵢ − ŷᵢ)²` for rows start … start + count − 1 into `out`, each prediction summed as
 * {@link predictRow} sums it (the same double). A plain function with the sum written out, not a
 * call per row: a double returned from a call that is not inlined is boxed on the heap.
 */
function writeSquaredResiduals(
  model: Coefficients,
  terms: readonly ArrayLike<number>[],
  response: ArrayLike<number>,
  start: number,
  count: number,
  out: Float64Array,
): void {
  const { intercept, weights } = model;
  const termCount = terms.length;
  for (let k = 0; k < count; k++) {
    const row = start + k;
    let prediction = intercept;
    for (let j = 0; j < termCount; j++) prediction += weights[j]! * terms[j]![row]!;
    const residual = response[row]! - prediction;
    out[k] = residual * residual;
  }
}

function checkTerms(model: Coefficients, terms: readonly ArrayLike<number>[], rowCount: number): void {
  if (terms.length !== model.weights.length)
    throw new RangeError(`predictRows has ${terms.length} terms for ${model.weights.length} weights.`);
  for (const term of terms)
    if (term.length !== rowCount) throw new RangeError('predictRows needs every term to have one value a row.');
}
