import type { GramStatistics } from '../../core/linearModel/gramStatistics';
import { type HessianMoments, hessianSpectrum } from '../../core/linearModel/hessian';
import { fitMagnitudeScaler, fitMinMaxScaler, type MinMaxScaler } from '../../core/scaling';
import type { ManyFeatureProblem } from './manyFeatureProblem';

/** The Hessian's conditioning with the columns as they are and after scaling. */
export interface ScalingEffect {
  readonly rawConditionNumber: number;
  readonly scaledConditionNumber: number;
  readonly rawStableRate: number;
  readonly scaledStableRate: number;
}

/**
 * λmax/λmin and 2/λmax of the MSE Hessian for the problem's terms in original units and after
 * the scaling the notebook applies (min–max, or by magnitude through the origin). No second pass
 * over the rows: the Hessian needs only the means and the centred Gram matrix, and scaling a
 * term (x' = (x − min)·scale) maps them exactly, so the other units' moments come from the
 * problem's own statistics in O(p²). Complexity O(p³), plus O(N·p) to find each term's range
 * when the problem is unscaled (on a million rows the direct way, two Gram passes, held the
 * page for over 80 ms).
 */
export function scalingEffect(problem: ManyFeatureProblem): ScalingEffect {
  const { original, statistics } = problem;
  const fitScaler = problem.choice.throughOrigin ? fitMagnitudeScaler : fitMinMaxScaler;
  const scalers = problem.scaled ? problem.termScalers : original.features.map((feature) => fitScaler(feature.values));
  const raw = problem.scaled ? mappedMoments(statistics, scalers, 'back') : statistics;
  const scaled = problem.scaled ? statistics : mappedMoments(statistics, scalers, 'forward');
  const rawSpectrum = hessianSpectrum(raw, original.fitIntercept);
  const scaledSpectrum = hessianSpectrum(scaled, original.fitIntercept);
  return {
    rawConditionNumber: rawSpectrum.conditionNumber,
    scaledConditionNumber: scaledSpectrum.conditionNumber,
    rawStableRate: rawSpectrum.largestStableLearningRate,
    scaledStableRate: scaledSpectrum.largestStableLearningRate,
  };
}

/**
 * The means and centred Gram matrix of the terms mapped by `scalers` (`forward`: x' = (x − min)·scale)
 * or back to their own units (`back`). Centring removes the shift, so entry (j, k) of the Gram
 * matrix is multiplied by scale_j·scale_k (divided, going back). O(p²).
 */
function mappedMoments(
  statistics: GramStatistics,
  scalers: readonly MinMaxScaler[],
  direction: 'forward' | 'back',
): HessianMoments {
  const p = statistics.featureMeans.length;
  const factor = scalers.map((scaler) => (direction === 'forward' ? scaler.scale : 1 / scaler.scale));
  const featureMeans = statistics.featureMeans.map((mean, j) => {
    const { min, scale } = scalers[j]!;
    return direction === 'forward' ? (mean - min) * scale : mean / scale + min;
  });
  const gram = new Float64Array(p * p);
  for (let j = 0; j < p; j++)
    for (let k = 0; k < p; k++) gram[j * p + k] = statistics.gram[j * p + k]! * factor[j]! * factor[k]!;
  return { count: statistics.count, featureMeans, gram };
}
