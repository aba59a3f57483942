import { gramStatistics } from '../../core/linearModel/gramStatistics';
import { hessianSpectrum } from '../../core/linearModel/hessian';
import { applyScaler, fitMagnitudeScaler, fitMinMaxScaler } from '../../core/scaling';
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
 * the scaling the notebook applies (min–max, or by magnitude through the origin), from the
 * centred Gram statistics of each. Complexity O(N·p² + p³).
 */
export function scalingEffect(problem: ManyFeatureProblem): ScalingEffect {
  const { original } = problem;
  const raw = original.features.map((feature) => feature.values);
  const fitScaler = problem.choice.throughOrigin ? fitMagnitudeScaler : fitMinMaxScaler;
  const scaled = raw.map((values) => applyScaler(fitScaler(values), values));
  const response = applyScaler(fitScaler(original.response), original.response);
  const rawSpectrum = hessianSpectrum(gramStatistics(raw, original.response), original.fitIntercept);
  const scaledSpectrum = hessianSpectrum(gramStatistics(scaled, response), original.fitIntercept);
  return {
    rawConditionNumber: rawSpectrum.conditionNumber,
    scaledConditionNumber: scaledSpectrum.conditionNumber,
    rawStableRate: rawSpectrum.largestStableLearningRate,
    scaledStableRate: scaledSpectrum.largestStableLearningRate,
  };
}
