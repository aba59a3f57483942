import type { Line } from '../line';

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

/** Scratch space a run reuses every epoch, so the hot loop allocates nothing. */
export interface LossAndGradientScratch {
  loss: number;
  gradientIntercept: number;
  gradientSlope: number;
}

/**
 * The mean squared error of a line and its gradient, in one pass over the points:
 * `∂MSE/∂slope = −(2/N)·Σ xᵢ(yᵢ − pᵢ)` and `∂MSE/∂intercept = −(2/N)·Σ (yᵢ − pᵢ)` with
 * `pᵢ = slope·xᵢ + intercept`, written into `out`. Sums run in row order, like the textbook
 * loop; that order is what reproduces the published gradient-descent results to the last bit.
 * Complexity O(n), no allocation.
 */
export function evaluateLossAndGradient(
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  intercept: number,
  slope: number,
  out: LossAndGradientScratch,
): void {
  const n = feature.length;
  let sumSquaredResiduals = 0;
  let sumFeatureTimesResidual = 0;
  let sumResiduals = 0;
  for (let i = 0; i < n; i++) {
    const x = feature[i]!;
    const residual = response[i]! - (slope * x + intercept);
    sumSquaredResiduals += residual * residual;
    sumFeatureTimesResidual += x * residual;
    sumResiduals += residual;
  }
  out.loss = sumSquaredResiduals / n;
  out.gradientSlope = -(2 / n) * sumFeatureTimesResidual;
  out.gradientIntercept = -(2 / n) * sumResiduals;
}

/** {@link evaluateLossAndGradient} returning a fresh object, for one-off evaluations. */
export function lossAndGradient(line: Line, feature: ArrayLike<number>, response: ArrayLike<number>): LossAndGradient {
  const out = { loss: 0, gradientIntercept: 0, gradientSlope: 0 };
  evaluateLossAndGradient(feature, response, line.intercept, line.slope, out);
  return { loss: out.loss, gradient: { intercept: out.gradientIntercept, slope: out.gradientSlope } };
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
