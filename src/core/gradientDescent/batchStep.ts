import type { Line } from '../line';
import { createGradientScratch, evaluateLinearLoss, type LinearGradientScratch } from '../linearModel/lossAndGradient';

/** The gradient of the mean squared error with respect to the line's two parameters. */
export interface LineGradient {
  readonly intercept: number;
  readonly slope: number;
}

/** Everything one pass over the data yields at a given line: the loss and its gradient. */
export interface LossAndGradient {
  readonly loss: number;
  readonly gradient: LineGradient;
}

/** Scratch space the sufficient-statistics evaluator reuses every epoch, so the hot loop allocates nothing. */
export interface LossAndGradientScratch {
  loss: number;
  gradientIntercept: number;
  gradientSlope: number;
}

/** The values as a Float64Array (itself when it already is one): the kernel reads typed columns. Complexity O(n). */
export function asColumn(values: ArrayLike<number>): Float64Array {
  return values instanceof Float64Array ? values : Float64Array.from(values);
}

/**
 * The one-feature line's loss and gradient from the one kernel (`evaluateLinearLoss` with
 * p = 1 and parameters `[intercept, slope]`) in textbook order, one running total per sum in
 * row order: the order that reproduces the published gradient-descent results to the last
 * bit. `∂MSE/∂slope = −(2/n)·Σ xᵢ(yᵢ − pᵢ)`, `∂MSE/∂intercept = −(2/n)·Σ (yᵢ − pᵢ)` with
 * `pᵢ = slope·xᵢ + intercept`. Writes into `out`. Complexity O(n), no allocation.
 */
export function evaluateLineLoss(
  feature: Float64Array,
  response: Float64Array,
  parameters: Float64Array,
  out: LinearGradientScratch,
): void {
  evaluateLinearLoss([feature], response, parameters, true, out, undefined, 0, response.length, 'textbook');
}

/** {@link evaluateLineLoss} returning a fresh object, for one-off evaluations. Complexity O(n). */
export function lossAndGradient(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): LossAndGradient {
  const out = createGradientScratch(1, feature.length, false);
  evaluateLineLoss(asColumn(feature), asColumn(response), Float64Array.of(line.intercept, line.slope), out);
  return { loss: out.loss, gradient: { intercept: out.gradient[0]!, slope: out.gradient[1]! } };
}

/** Moves each parameter against its gradient: `θ ← θ − learningRate · ∂MSE/∂θ`. Returns a new line. */
export function descend(line: Line, gradient: LineGradient, learningRate: number): Line {
  return {
    intercept: line.intercept - learningRate * gradient.intercept,
    slope: line.slope - learningRate * gradient.slope,
  };
}

/**
 * One epoch of batch gradient descent: the gradient over every point, then one update.
 * Pure: returns a new line and never touches its inputs. Complexity O(n).
 *
 * @example batchGradientStep({ intercept: 0, slope: 0 }, [1, 2], [2, 4], 0.1)
 *   // gradient: slope −(2/2)(1·2 + 2·4) = −10, intercept −(2/2)(2 + 4) = −6
 *   // → { intercept: 0.6, slope: 1 }
 */
export function batchGradientStep(
  line: Line,
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  learningRate: number,
): Line {
  return descend(line, lossAndGradient(line, feature, response).gradient, learningRate);
}
