import { pairwiseSum } from '../summation';
import { pairwiseDot } from './pairwiseDot';

/**
 * Reusable working space for {@link evaluateLinearLoss}: the loss and gradient it writes, and
 * buffers for the prediction errors and for one gathered feature column of a batch.
 */
export interface LinearGradientScratch {
  loss: number;
  /** `[∂MSE/∂intercept, ∂MSE/∂w₁, …, ∂MSE/∂w_p]`. */
  readonly gradient: Float64Array;
  readonly errors: Float64Array;
  readonly gathered: Float64Array;
}

/** Scratch for `featureCount` weights and batches of up to `rowCapacity` rows. Complexity O(p + rows). */
export function createGradientScratch(featureCount: number, rowCapacity: number): LinearGradientScratch {
  return {
    loss: 0,
    gradient: new Float64Array(featureCount + 1),
    errors: new Float64Array(rowCapacity),
    gathered: new Float64Array(rowCapacity),
  };
}

/**
 * The one loss-and-gradient kernel of the many-feature model, at `parameters` =
 * `[intercept, w₁, …, w_p]`, over the rows `rows[first … first+count−1]` (or rows
 * 0 … count−1 when `rows` is omitted):
 *
 * prediction `pᵢ = (Σⱼ wⱼ·xᵢⱼ) + intercept`, error `eᵢ = pᵢ − yᵢ`,
 * `MSE = (1/B)·Σ eᵢ²`, `∂MSE/∂wⱼ = (2/B)·Σ xᵢⱼ·eᵢ` (that is `(2/B)·Xᵀ(p − y)`) and
 * `∂MSE/∂intercept = (2/B)·Σ eᵢ` (0 when the model has no intercept), with B the rows used.
 *
 * Each sum is pairwise in numpy's order over the rows as listed, so a full batch reproduces
 * numpy's `np.mean(e**2)` exactly and its BLAS products to ~1e−15. With one feature the
 * prediction and the error are the same doubles as the one-feature loop's; for batches of
 * fewer than 8 rows (stochastic descent) the sums are too.
 * Writes into `out`; reads nothing else mutable. Complexity O(B·p), no allocation.
 */
export function evaluateLinearLoss(
  columns: readonly Float64Array[],
  response: Float64Array,
  parameters: Float64Array,
  hasIntercept: boolean,
  out: LinearGradientScratch,
  rows?: Int32Array,
  first = 0,
  count = rows ? rows.length - first : response.length,
): void {
  const { errors, gathered, gradient } = out;
  const featureCount = columns.length;
  const intercept = hasIntercept ? parameters[0]! : 0;
  for (let k = 0; k < count; k++) {
    const row = rows ? rows[first + k]! : k;
    let prediction = 0;
    for (let j = 0; j < featureCount; j++) prediction += parameters[j + 1]! * columns[j]![row]!;
    errors[k] = prediction + intercept - response[row]!;
  }
  const scale = 2 / count;
  out.loss = pairwiseDot(errors, errors, 0, count) / count;
  gradient[0] = hasIntercept ? scale * pairwiseSum(errors, 0, count) : 0;
  for (let j = 0; j < featureCount; j++) {
    const column = columns[j]!;
    if (rows) {
      for (let k = 0; k < count; k++) gathered[k] = column[rows[first + k]!]!;
      gradient[j + 1] = scale * pairwiseDot(gathered, errors, 0, count);
    } else {
      gradient[j + 1] = scale * pairwiseDot(column, errors, 0, count);
    }
  }
}
