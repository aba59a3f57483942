import { pairwiseSumOf } from '../summation';
import { type Coefficients, predictRow } from './modelErrors';

/**
 * How many values a step of {@link pairwiseSumInSteps} adds at most: a subtree of the pairwise
 * order small enough to add in well under a millisecond, large enough that the steps are few.
 */
export const VALUES_PER_STEP = 32_768;

/**
 * The pairwise sum of `term(start) … term(start + count − 1)` in the order of `pairwiseSumOf`
 * (numpy's pairwise routine), as a generator that yields after each block of at most
 * `valuesPerStep` values and returns the sum: the caller may spread a long sum over many tasks.
 * Above 128 values the pairwise order splits a range in two (the first half a multiple of 8) and
 * adds the halves' sums; the generator follows the same split down to blocks of
 * `valuesPerStep`, sums each block with `pairwiseSumOf` and adds the halves back in the same
 * order, so the result is the same double. O(n) time, O(log n) stack. Throws a RangeError when
 * `valuesPerStep` is below 128 (the order would then differ).
 */
export function* pairwiseSumInSteps(
  count: number,
  term: (index: number) => number,
  start = 0,
  valuesPerStep = VALUES_PER_STEP,
): Generator<void, number> {
  if (valuesPerStep < 128) throw new RangeError('pairwiseSumInSteps needs at least 128 values a step.');
  if (count <= valuesPerStep) {
    const total = pairwiseSumOf(count, term, start);
    yield;
    return total;
  }
  let firstHalf = Math.floor(count / 2);
  firstHalf -= firstHalf % 8;
  const first = yield* pairwiseSumInSteps(firstHalf, term, start, valuesPerStep);
  const second = yield* pairwiseSumInSteps(count - firstHalf, term, start + firstHalf, valuesPerStep);
  return first + second;
}

/**
 * `modelMeanSquaredError` (the mean of the squared residuals `(1/N)·Σ(yᵢ − ŷᵢ)²`, pairwise
 * sum) as a generator of steps of at most `valuesPerStep` rows: the same double, spread over
 * as many tasks as the caller likes. O(N·p). Throws a RangeError for no rows, or terms and
 * weights that differ in number or length.
 */
export function* meanSquaredErrorInSteps(
  model: Coefficients,
  terms: readonly ArrayLike<number>[],
  response: ArrayLike<number>,
  valuesPerStep = VALUES_PER_STEP,
): Generator<void, number> {
  if (response.length === 0) throw new RangeError('meanSquaredErrorInSteps needs at least one row.');
  if (terms.length !== model.weights.length)
    throw new RangeError(`meanSquaredErrorInSteps has ${terms.length} terms for ${model.weights.length} weights.`);
  if (terms.some((term) => term.length !== response.length))
    throw new RangeError('meanSquaredErrorInSteps needs every term to have one value a row.');
  const squaredResidual = (i: number) => {
    const residual = response[i]! - predictRow(model, terms, i);
    return residual * residual;
  };
  return (yield* pairwiseSumInSteps(response.length, squaredResidual, 0, valuesPerStep)) / response.length;
}
