import { assertFittable } from '../columns';
import { type Line, predict } from '../line';
import { createGradientScratch, evaluateLinearLoss } from '../linearModel/lossAndGradient';
import { assertLearningRate } from '../runChecks';
import { asColumn, evaluateLineLoss, type LineGradient } from './batchStep';

/** The data, the line the step starts from, and the learning rate. */
export interface BatchStepRequest {
  readonly feature: ArrayLike<number>;
  readonly response: ArrayLike<number>;
  readonly line: Line;
  readonly learningRate: number;
  /** How many leading rows to list predictions and residuals for; default 5. */
  readonly rowsShown?: number;
}

/** Every intermediate number of one batch gradient-descent step, for typesetting. */
export interface BatchStepExplanation {
  /** `slope·xᵢ + intercept` for the first rows. */
  readonly predictions: readonly number[];
  /** `yᵢ − predictionᵢ` for the first rows. */
  readonly residuals: readonly number[];
  readonly count: number;
  readonly sumResiduals: number;
  readonly sumFeatureTimesResidual: number;
  readonly sumSquaredResiduals: number;
  /** `−(2/N)·Σr` and `−(2/N)·Σx·r`. */
  readonly gradient: LineGradient;
  /** `learningRate × gradient`: what is subtracted from each parameter. */
  readonly update: LineGradient;
  readonly next: Line;
  /** MSE of `line`, `Σr²/N`. */
  readonly lossBefore: number;
  /** MSE of `next`. */
  readonly lossAfter: number;
}

/**
 * One epoch of batch gradient descent written out: predictions, residuals, their sums, the
 * gradient `∂MSE/∂intercept = −(2/N)·Σ(yᵢ − pᵢ)`, `∂MSE/∂slope = −(2/N)·Σxᵢ(yᵢ − pᵢ)`, the
 * update `learningRate × gradient`, the next line `line − update`, and the loss before and
 * after. Every sum and the gradient come from the one kernel (`evaluateLineLoss`, textbook
 * order), so `gradient`, `next` and `lossBefore` are bit for bit those of `lossAndGradient`,
 * `batchGradientStep` and the trajectory: what the student reads is what the run did. Complexity O(n).
 * Throws a DataError for unfittable data, a RangeError for a non-positive learning rate or a
 * `rowsShown` that is not a whole number ≥ 0.
 */
export function explainBatchStep(request: BatchStepRequest): BatchStepExplanation {
  const { feature, response, line, learningRate, rowsShown = 5 } = request;
  assertFittable(feature, response);
  assertLearningRate(learningRate);
  if (!Number.isInteger(rowsShown) || rowsShown < 0)
    throw new RangeError('The number of rows shown must be a whole number, zero or more.');
  const count = feature.length;
  const column = asColumn(feature);
  const responseColumn = asColumn(response);
  const parameters = Float64Array.of(line.intercept, line.slope);
  const scratch = createGradientScratch(1, count);
  // the first rows' errors from the kernel over those rows (each error is the same double in either order)
  const shown = Math.min(rowsShown, count);
  const firstRows = Int32Array.from({ length: shown }, (_, i) => i);
  evaluateLinearLoss([column], responseColumn, parameters, true, scratch, firstRows, 0, shown, 'pairwise');
  // the residual yᵢ − pᵢ is the kernel's error pᵢ − yᵢ negated, exactly (0 − e keeps a zero positive)
  const residuals = Array.from(scratch.errors.subarray(0, shown), (error) => 0 - error);
  const predictions = residuals.map((_, i) => predict(line, column[i]!));
  evaluateLineLoss(column, responseColumn, parameters, scratch);
  const sumResiduals = 0 - scratch.sums[0]!;
  const sumFeatureTimesResidual = 0 - scratch.sums[1]!;
  const sumSquaredResiduals = scratch.sumSquaredErrors;
  const lossBefore = scratch.loss;
  const gradient = { intercept: scratch.gradient[0]!, slope: scratch.gradient[1]! };
  const update = { intercept: learningRate * gradient.intercept, slope: learningRate * gradient.slope };
  const next = { intercept: line.intercept - update.intercept, slope: line.slope - update.slope };
  evaluateLineLoss(column, responseColumn, Float64Array.of(next.intercept, next.slope), scratch);
  return {
    predictions,
    residuals,
    count,
    sumResiduals,
    sumFeatureTimesResidual,
    sumSquaredResiduals,
    gradient,
    update,
    next,
    lossBefore,
    lossAfter: scratch.loss,
  };
}
