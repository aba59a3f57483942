import { assertFittable } from '../columns';
import type { Line } from '../line';
import { assertLearningRate } from '../runChecks';
import { type LineGradient, lossAndGradient } from './batchStep';

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
 * after. Sums run in row order with the same arithmetic as `lossAndGradient`, so `gradient`,
 * `next` and `lossBefore` are bit for bit those of `lossAndGradient` and `batchGradientStep`:
 * what the student reads is what the trajectory did. Complexity O(n).
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
  const predictions: number[] = [];
  const residuals: number[] = [];
  let sumSquaredResiduals = 0;
  let sumFeatureTimesResidual = 0;
  let sumResiduals = 0;
  for (let i = 0; i < count; i++) {
    const x = feature[i]!;
    const prediction = line.slope * x + line.intercept;
    const residual = response[i]! - prediction;
    if (i < rowsShown) {
      predictions.push(prediction);
      residuals.push(residual);
    }
    sumSquaredResiduals += residual * residual;
    sumFeatureTimesResidual += x * residual;
    sumResiduals += residual;
  }
  const gradient = { intercept: -(2 / count) * sumResiduals, slope: -(2 / count) * sumFeatureTimesResidual };
  const update = { intercept: learningRate * gradient.intercept, slope: learningRate * gradient.slope };
  const next = { intercept: line.intercept - update.intercept, slope: line.slope - update.slope };
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
    lossBefore: sumSquaredResiduals / count,
    lossAfter: lossAndGradient(next, feature, response).loss,
  };
}
