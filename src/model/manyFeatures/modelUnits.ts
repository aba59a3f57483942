import type { LinearModel } from '../../core/linearModel/model';
import type { MinMaxScaler } from '../../core/scaling';

// With x'ⱼ = xⱼ·sⱼ + oⱼ and y' = y·s + o, the model y = b + Σ wⱼxⱼ is y' = b' + Σ w'ⱼx'ⱼ with
// w'ⱼ = s·wⱼ/sⱼ and b' = s·b + o − Σ w'ⱼ·oⱼ; the two functions below are this map and its inverse.

/** A model in original units re-expressed in the working (scaled) units. O(p). */
export function modelInWorkingUnits(
  model: LinearModel,
  termScalers: readonly MinMaxScaler[],
  responseScaler: MinMaxScaler,
): LinearModel {
  const weights = model.weights.map((weight, j) => (responseScaler.scale * weight) / termScalers[j]!.scale);
  let intercept = responseScaler.scale * model.intercept + responseScaler.offset;
  for (let j = 0; j < weights.length; j++) intercept -= weights[j]! * termScalers[j]!.offset;
  return { hasIntercept: model.hasIntercept, intercept: model.hasIntercept ? intercept : 0, weights };
}

/** A model in working units re-expressed in the original units (the inverse of {@link modelInWorkingUnits}). O(p). */
export function modelInOriginalUnits(
  model: LinearModel,
  termScalers: readonly MinMaxScaler[],
  responseScaler: MinMaxScaler,
): LinearModel {
  const weights = model.weights.map((weight, j) => (weight * termScalers[j]!.scale) / responseScaler.scale);
  let shifted = model.intercept - responseScaler.offset;
  for (let j = 0; j < weights.length; j++) shifted += model.weights[j]! * termScalers[j]!.offset;
  return {
    hasIntercept: model.hasIntercept,
    intercept: model.hasIntercept ? shifted / responseScaler.scale : 0,
    weights,
  };
}
