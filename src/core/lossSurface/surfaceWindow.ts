import { assertFittable } from '../columns';
import { sufficientStatistics } from '../gradientDescent/sufficientStatistics';
import type { Trajectory } from '../gradientDescent/trajectory';
import type { ParameterRange } from './lossSurface';

/** The data, the run whose path must stay visible, and how much of it. */
export interface SurfaceWindowRequest {
  readonly feature: ArrayLike<number>;
  readonly response: ArrayLike<number>;
  readonly trajectory: Trajectory;
  /** Include the path up to this epoch (clamped to the trajectory); default its last epoch. */
  readonly epoch?: number;
  /** Extra room on each side, as a fraction of the window's width; default 0.1. */
  readonly margin?: number;
}

/** Ranges to pass straight to `lossSurface`. */
export interface SurfaceWindow {
  readonly interceptRange: ParameterRange;
  readonly slopeRange: ParameterRange;
}

/**
 * Parameter ranges for a loss-surface plot that show the OLS minimum, the start and the path
 * up to `epoch`, with the bowl's shape still readable.
 *
 * The window is the bounding box of the minimum and the path, widened where needed to the
 * points where moving one parameter alone from the minimum raises the loss by ΔL, the larger
 * of the start's excess loss and the minimum loss itself (1 if both are 0, a perfect fit
 * started at the answer):
 * `±√(2ΔL/H₁₁)` in the intercept and `±√(2ΔL/H₂₂)` in the slope, with H = 2·[[1, x̄], [x̄, mean(x²)]].
 * Those are the narrow cross-sections of the contour through the start, so each axis spans about
 * as much of the bowl as the other. For unscaled TV (raw Hessian condition number ~1e5) the
 * contours then look like ellipses of aspect ~4 rather than lines, and the slow slide along
 * the valley floor is visible. Then `margin × width` is added on each side; a width below a
 * billionth of the parameter's size is widened to that, so the range always suits `lossSurface`.
 *
 * A path that leaves the bowl (a diverging run) widens the window with it. During playback,
 * pass the trajectory's last epoch if the axes should stay still.
 * Complexity O(n + epoch). Throws a DataError for unfittable data or a constant feature, a
 * RangeError for a negative or non-finite margin.
 */
export function surfaceWindow(request: SurfaceWindowRequest): SurfaceWindow {
  const { feature, response, trajectory, margin = 0.1 } = request;
  assertFittable(feature, response);
  if (!(margin >= 0 && Number.isFinite(margin)))
    throw new RangeError('The margin must be a finite number, zero or more.');
  const stats = sufficientStatistics(feature, response);
  const bestSlope = stats.bestSlope;
  const bestIntercept = stats.responseMean - bestSlope * stats.featureMean;
  const minimumLoss = stats.minimalSumOfSquares / stats.count;
  const levelRise = Math.max(trajectory.losses[0]! - minimumLoss, minimumLoss) || 1;
  const meanSquare = stats.featureSpread / stats.count + stats.featureMean * stats.featureMean;
  // H₁₁ = 2 and H₂₂ = 2·mean(x²), so √(2ΔL/H₁₁) = √ΔL and √(2ΔL/H₂₂) = √(ΔL/mean(x²))
  const interceptReach = Math.sqrt(levelRise);
  const slopeReach = Math.sqrt(levelRise / meanSquare);

  const last = Math.max(0, Math.min(trajectory.lastEpoch, Math.round(request.epoch ?? trajectory.lastEpoch)));
  let interceptLow = bestIntercept - interceptReach,
    interceptHigh = bestIntercept + interceptReach;
  let slopeLow = bestSlope - slopeReach,
    slopeHigh = bestSlope + slopeReach;
  for (let epoch = 0; epoch <= last; epoch++) {
    const intercept = trajectory.intercepts.at(epoch)!;
    const slope = trajectory.slopes.at(epoch)!;
    if (intercept < interceptLow) interceptLow = intercept;
    if (intercept > interceptHigh) interceptHigh = intercept;
    if (slope < slopeLow) slopeLow = slope;
    if (slope > slopeHigh) slopeHigh = slope;
  }
  return { interceptRange: widen(interceptLow, interceptHigh, margin), slopeRange: widen(slopeLow, slopeHigh, margin) };
}

function widen(low: number, high: number, margin: number): ParameterRange {
  const smallest = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
  const room = Math.max(margin * (high - low), (smallest - (high - low)) / 2, 0);
  return [low - room, high + room];
}
