import { type SufficientStatistics, sufficientStatistics } from '../../core/gradientDescent/sufficientStatistics';
import { hessianEigenDecomposition } from '../../core/hessianEigen';
import { runOptimiser } from '../../core/optimisers/runOptimiser';
import type { Flavour, Optimiser, OptimiserTrajectory } from '../../core/optimisers/settings';
import { applyScaler, fitMinMaxScaler } from '../../core/scaling';

/** What a question's answer depends on: the data on screen and the run's settings. */
export interface PredictionContext {
  /** Feature and response as descent sees them (scaled when scaling is on). */
  readonly feature: Float64Array;
  readonly response: Float64Array;
  readonly rawFeature: Float64Array;
  readonly rawResponse: Float64Array;
  readonly scaled: boolean;
  readonly statistics: SufficientStatistics;
  readonly olsLoss: number;
  readonly responseVariance: number;
  /** 2/λmax for the data as descent sees it. */
  readonly stableLearningRate: number;
  readonly learningRate: number;
  readonly epochBudget: number;
  readonly shuffleSeed: number;
}

/** λmax, λmin and the condition number λmax/λmin of the loss's Hessian. */
export interface Curvature {
  readonly largest: number;
  readonly smallest: number;
  readonly conditionNumber: number;
  /** 2/λmax. */
  readonly stableLearningRate: number;
}

/** The curvature of the loss for these statistics. Complexity O(1). */
export function curvatureOf(statistics: SufficientStatistics): Curvature {
  const { largest, smallest } = hessianEigenDecomposition(statistics);
  return {
    largest: largest.value,
    smallest: smallest.value,
    conditionNumber: largest.value / smallest.value,
    stableLearningRate: 2 / largest.value,
  };
}

/** The same data with scaling switched the other way: what descent would see after the toggle. Complexity O(n). */
export function toggledScaling(context: PredictionContext): {
  feature: Float64Array;
  response: Float64Array;
  statistics: SufficientStatistics;
  olsLoss: number;
} {
  const scale = (values: Float64Array) => applyScaler(fitMinMaxScaler(values), values);
  const feature = context.scaled ? context.rawFeature : scale(context.rawFeature);
  const response = context.scaled ? context.rawResponse : scale(context.rawResponse);
  const statistics = sufficientStatistics(feature, response);
  return { feature, response, statistics, olsLoss: statistics.minimalSumOfSquares / statistics.count };
}

/** A run from the zero line on the given data. Complexity as `runOptimiser`. */
export function trialRun(
  data: { feature: Float64Array; response: Float64Array; statistics: SufficientStatistics },
  settings: { learningRate: number; epochs: number; flavour?: Flavour; optimiser?: Optimiser },
): OptimiserTrajectory {
  return runOptimiser({ feature: data.feature, response: data.response, statistics: data.statistics, ...settings });
}

/** Share of the loss above the minimum that counts as arrived (the status line's rule: one part in a million). */
export const ARRIVED_SHARE = 1e-6;

/** The first epoch whose loss is within {@link ARRIVED_SHARE} of the minimum, or null if the run never gets there. Complexity O(epochs). */
export function epochOfArrival(run: OptimiserTrajectory, olsLoss: number, responseVariance: number): number | null {
  const scale = olsLoss > 0 ? olsLoss : Math.max(responseVariance, Number.MIN_VALUE);
  for (let epoch = 0; epoch <= run.lastEpoch; epoch++)
    if (run.losses[epoch]! - olsLoss <= ARRIVED_SHARE * scale) return epoch;
  return null;
}
