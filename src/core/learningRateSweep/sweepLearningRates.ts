import type { Line } from '../line';
import { type LossForecast, prepareLossForecast } from './lossForecast';

/** The data, the rates to try, the epoch count, and the start line (default the zero line). */
export interface LearningRateSweep {
  readonly feature: ArrayLike<number>;
  readonly response: ArrayLike<number>;
  readonly rates: ArrayLike<number>;
  readonly epochs: number;
  readonly start?: Line;
}

/**
 * The MSE of batch gradient descent after `epochs` epochs for each learning rate in `rates`
 * (Infinity where the run diverges), from the closed form in {@link prepareLossForecast}: the
 * same numbers `runGradientDescent` would end on, to ~1e−12 relative, in O(n + rates) time
 * whatever the epoch count. To redraw while a student drags the epoch budget, prepare the
 * forecast once and call {@link lossesAfter}.
 * Throws a DataError for unfittable data, a RangeError for a bad rate or epoch count.
 *
 * @example sweepLearningRates({ feature, response, rates: logSpacedRates(1e-3, 1), epochs: 1000 })
 */
export function sweepLearningRates(sweep: LearningRateSweep): Float64Array {
  return lossesAfter(prepareLossForecast(sweep.feature, sweep.response, sweep.start), sweep.rates, sweep.epochs);
}

/** {@link LossForecast.lossAfter} for each rate, in a new array. Complexity O(rates). */
export function lossesAfter(forecast: LossForecast, rates: ArrayLike<number>, epochs: number): Float64Array {
  const losses = new Float64Array(rates.length);
  for (let i = 0; i < rates.length; i++) losses[i] = forecast.lossAfter(rates[i]!, epochs);
  return losses;
}
