import { pairwiseSum } from '../summation';
import { pairwiseDot } from './pairwiseDot';

/**
 * The order in which the kernel adds its sums: `pairwise` (numpy's pairwise order, what the
 * weight-vector model and the metrics use) or `textbook` (one running total per sum, row by
 * row, like the lessons' loop: the order that reproduces the one-feature published runs, the
 * 200 000-epoch bias among them, to the last bit).
 */
export type SummationOrder = 'pairwise' | 'textbook';

/**
 * Reusable working space for {@link evaluateLinearLoss}: what it writes (the loss, the
 * gradient and the raw sums behind them) and buffers for the prediction errors and for one
 * gathered feature column of a batch.
 */
export interface LinearGradientScratch {
  loss: number;
  /** `Σ eᵢ²`, the sum the loss divides by B. */
  sumSquaredErrors: number;
  /** `[Σ eᵢ, Σ xᵢ₁·eᵢ, …, Σ xᵢp·eᵢ]`: the sums the gradient scales by 2/B. */
  readonly sums: Float64Array;
  /** `[∂MSE/∂intercept, ∂MSE/∂w₁, …, ∂MSE/∂w_p]`. */
  readonly gradient: Float64Array;
  /** `eᵢ = pᵢ − yᵢ` of the rows evaluated, in the order evaluated (written by the pairwise order only). */
  readonly errors: Float64Array;
  readonly gathered: Float64Array;
}

/**
 * Scratch for `featureCount` weights and batches of up to `rowCapacity` rows; `gathering`
 * false skips the buffer only row lists (batches) need. Complexity O(p + rows).
 */
export function createGradientScratch(
  featureCount: number,
  rowCapacity: number,
  gathering = true,
): LinearGradientScratch {
  return {
    loss: 0,
    sumSquaredErrors: 0,
    sums: new Float64Array(featureCount + 1),
    gradient: new Float64Array(featureCount + 1),
    errors: new Float64Array(rowCapacity),
    gathered: new Float64Array(gathering ? rowCapacity : 0),
  };
}

/**
 * The one loss-and-gradient kernel of the notebook (the one-feature line is the case p = 1), at
 * `parameters` = `[intercept, w₁, …, w_p]`, over the rows `rows[first … first+count−1]` (or
 * rows 0 … count−1 when `rows` is omitted):
 *
 * prediction `pᵢ = (Σⱼ wⱼ·xᵢⱼ) + intercept`, error `eᵢ = pᵢ − yᵢ`,
 * `MSE = (1/B)·Σ eᵢ²`, `∂MSE/∂wⱼ = (2/B)·Σ xᵢⱼ·eᵢ` (that is `(2/B)·Xᵀ(p − y)`) and
 * `∂MSE/∂intercept = (2/B)·Σ eᵢ` (0 when the model has no intercept), with B the rows used.
 *
 * `order` says how the sums are added (see {@link SummationOrder}). Pairwise, a full batch
 * reproduces numpy's `np.mean(e**2)` exactly and its BLAS products to ~1e−15. Textbook, with
 * one feature every number is the lessons' loop's own: there the residual is `yᵢ − pᵢ = −eᵢ`
 * (negation is exact), so its sums and gradient `−(2/B)·Σ…` are these, bit for bit. The two
 * orders agree for fewer than 8 rows. Writes into `out`; reads nothing else mutable.
 * Complexity O(B·p), no allocation.
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
  order: SummationOrder = 'pairwise',
): void {
  if (order === 'textbook') textbookSums(columns, response, parameters, hasIntercept, out, rows, first, count);
  else pairwiseSums(columns, response, parameters, hasIntercept, out, rows, first, count);
  const scale = 2 / count;
  const { sums, gradient } = out;
  out.loss = out.sumSquaredErrors / count;
  gradient[0] = hasIntercept ? scale * sums[0]! : 0;
  for (let j = 1; j < sums.length; j++) gradient[j] = scale * sums[j]!;
}

/** The errors, then each sum over them in numpy's pairwise order (`pairwiseDot`). */
function pairwiseSums(
  columns: readonly Float64Array[],
  response: Float64Array,
  parameters: Float64Array,
  hasIntercept: boolean,
  out: LinearGradientScratch,
  rows: Int32Array | undefined,
  first: number,
  count: number,
): void {
  const { errors, gathered, sums } = out;
  const featureCount = columns.length;
  const intercept = hasIntercept ? parameters[0]! : 0;
  for (let k = 0; k < count; k++) {
    const row = rows ? rows[first + k]! : k;
    let prediction = 0;
    for (let j = 0; j < featureCount; j++) prediction += parameters[j + 1]! * columns[j]![row]!;
    errors[k] = prediction + intercept - response[row]!;
  }
  out.sumSquaredErrors = pairwiseDot(errors, errors, 0, count);
  sums[0] = pairwiseSum(errors, 0, count);
  for (let j = 0; j < featureCount; j++) {
    const column = columns[j]!;
    if (rows) {
      for (let k = 0; k < count; k++) gathered[k] = column[rows[first + k]!]!;
      sums[j + 1] = pairwiseDot(gathered, errors, 0, count);
    } else {
      sums[j + 1] = pairwiseDot(column, errors, 0, count);
    }
  }
}

/**
 * One pass, one running total per sum, rows in the order given: the textbook loop. One
 * feature over all rows (every one-feature batch epoch) keeps its totals in locals and stores
 * no errors, which is what keeps the 200 000-epoch lesson as fast as the loop it replaced; the
 * arithmetic is the general case's (`0 + w·x` is `w·x`).
 */
function textbookSums(
  columns: readonly Float64Array[],
  response: Float64Array,
  parameters: Float64Array,
  hasIntercept: boolean,
  out: LinearGradientScratch,
  rows: Int32Array | undefined,
  first: number,
  count: number,
): void {
  const { sums } = out;
  const featureCount = columns.length;
  const intercept = hasIntercept ? parameters[0]! : 0;
  let sumSquaredErrors = 0;
  let sumErrors = 0;
  if (featureCount === 1) {
    // the same loop twice, over all rows or over a row list, so the full batch pays no index lookup
    const column = columns[0]!;
    const weight = parameters[1]!;
    let sumFeatureTimesError = 0;
    if (rows) {
      for (let k = first; k < first + count; k++) {
        const row = rows[k]!;
        const x = column[row]!;
        const error = weight * x + intercept - response[row]!;
        sumSquaredErrors += error * error;
        sumFeatureTimesError += x * error;
        sumErrors += error;
      }
    } else {
      for (let row = 0; row < count; row++) {
        const x = column[row]!;
        const error = weight * x + intercept - response[row]!;
        sumSquaredErrors += error * error;
        sumFeatureTimesError += x * error;
        sumErrors += error;
      }
    }
    sums[1] = sumFeatureTimesError;
  } else {
    sums.fill(0);
    for (let k = 0; k < count; k++) {
      const row = rows ? rows[first + k]! : k;
      let prediction = 0;
      for (let j = 0; j < featureCount; j++) prediction += parameters[j + 1]! * columns[j]![row]!;
      const error = prediction + intercept - response[row]!;
      sumSquaredErrors += error * error;
      sumErrors += error;
      for (let j = 0; j < featureCount; j++) sums[j + 1] = sums[j + 1]! + columns[j]![row]! * error;
    }
  }
  out.sumSquaredErrors = sumSquaredErrors;
  sums[0] = sumErrors;
}
