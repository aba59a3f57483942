import { assertFittable } from '../columns';
import { type SufficientStatistics, sufficientStatistics } from '../gradientDescent/sufficientStatistics';
import { type Line, ZERO_LINE } from '../line';
import type { SurfaceWindow } from './surfaceWindow';

/**
 * Parameter ranges covering the whole region where the loss is at most the start's loss,
 * `{θ : MSE(θ) ≤ MSE(start)}`, plus a margin. Every run whose loss never rises (batch descent
 * below the stable rate, any optimiser that behaves) stays inside it, whatever its learning
 * rate, so a plot using this window keeps its axes while the rate is dragged.
 *
 * MSE is quadratic: `MSE(θ) = L* + ½·eᵀHe` with e = θ − θ* and H = 2·[[1, x̄], [x̄, mean(x²)]].
 * The region `eᵀHe ≤ 2ΔL` is an ellipse whose bounding box has half-widths
 * `√(2ΔL·(H⁻¹)ᵢᵢ)`: `√(ΔL·mean(x²)/var(x))` for the intercept and `√(ΔL/var(x))` for the slope.
 * ΔL = MSE(start) − L*, or L* (1 for a perfect fit) when the start is the minimum itself.
 * Complexity O(n), or O(1) given `statistics`: the data's sufficient statistics already
 * computed (they must be `sufficientStatistics(feature, response)`; the rows are then not read).
 * Throws a DataError for unfittable data or a constant feature.
 */
export function levelSetWindow(request: {
  feature: ArrayLike<number>;
  response: ArrayLike<number>;
  statistics?: SufficientStatistics;
  start?: Line;
  margin?: number;
}): SurfaceWindow {
  const { feature, response, start = ZERO_LINE, margin = 0.08 } = request;
  const stats = request.statistics ?? statisticsOf(feature, response);
  const variance = stats.featureSpread / stats.count;
  const meanSquare = variance + stats.featureMean * stats.featureMean;
  const bestSlope = stats.bestSlope;
  const bestIntercept = stats.responseMean - bestSlope * stats.featureMean;
  const minimumLoss = stats.minimalSumOfSquares / stats.count;
  const slopeError = start.slope - bestSlope;
  const interceptError = start.intercept - bestIntercept;
  // ½·eᵀHe = e₁² + 2x̄·e₁e₂ + mean(x²)·e₂²
  const startExcess =
    interceptError ** 2 + 2 * stats.featureMean * interceptError * slopeError + meanSquare * slopeError ** 2;
  const levelRise = startExcess > 0 ? startExcess : minimumLoss || 1;
  const interceptReach = Math.sqrt((levelRise * meanSquare) / variance) * (1 + margin);
  const slopeReach = Math.sqrt(levelRise / variance) * (1 + margin);
  return {
    interceptRange: [bestIntercept - interceptReach, bestIntercept + interceptReach],
    slopeRange: [bestSlope - slopeReach, bestSlope + slopeReach],
  };
}

function statisticsOf(feature: ArrayLike<number>, response: ArrayLike<number>): SufficientStatistics {
  assertFittable(feature, response);
  return sufficientStatistics(feature, response);
}
