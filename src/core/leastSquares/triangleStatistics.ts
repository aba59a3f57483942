import type { GramStatistics } from '../linearModel/gramStatistics';
import { applyScaler, type MinMaxScaler } from '../scaling';
import type { StreamedFactor } from './fitLinearLeastSquares';

/**
 * The Gram statistics of gradient descent (`linearModel/gramStatistics.ts`) read from the QR
 * triangle a streamed least-squares fit already made, instead of two more passes over the data.
 *
 * The streamed factor is R with `RᵀR = [B | y − ȳ]ᵀ[B | y − ȳ]`, B the design with the column
 * of ones times s₀ first and each feature centred on its pairwise mean mⱼ and times sⱼ. So,
 * with `(RᵀR)ₐᵦ = Σᵢ Rᵢₐ·Rᵢᵦ` (i ≤ min(a, b)), the sums `gramStatistics` takes about the means
 * are, in the data's units: `Σ(xⱼ − mⱼ)(xₖ − mₖ) = (RᵀR)ⱼₖ/(sⱼsₖ)`,
 * `Σ(xⱼ − mⱼ)(y − ȳ) = (RᵀR)ⱼ,y/sⱼ`, `Σ(y − ȳ)² = (RᵀR)y,y`, and the near-zero
 * `Σ(xⱼ − mⱼ) = (RᵀR)₀ⱼ/(s₀sⱼ)`, `Σ(y − ȳ) = (RᵀR)₀,y/s₀`. Each working column is its data
 * column through a scaler (`featureScalers`, `responseScaler`: min–max, or the identity), taken
 * about the scaler's image of the mean, so each sum is multiplied by the two columns' scales. The reference weights are the QR's own
 * solution in working units (`wⱼ·scale_y/scaleⱼ`), the residual sum of squares there is
 * `R_yy²·scale_y²` (the fit's), and `X'ᵀy' − X'ᵀX'·w*` is formed from these.
 *
 * R is the exact factor of a matrix within a few ε of [B | y − ȳ] (Householder is backward
 * stable), so these agree with the directly summed statistics to about ε times the same
 * scales, and the Gram path stays as faithful to the per-row kernel (see the property test).
 * Needs an intercept (without one the design is not centred, and the statistics are): returns
 * null then. Complexity O(p³), independent of N.
 */
export function gramStatisticsFromTriangle(
  factor: StreamedFactor,
  featureScalers: readonly MinMaxScaler[],
  responseScaler: MinMaxScaler,
  count: number,
): GramStatistics | null {
  const { scaling, triangle, solution } = factor;
  if (!scaling.hasIntercept) return null;
  const p = featureScalers.length;
  const width = p + 2;
  const y = p + 1;
  /** (RᵀR)ₐᵦ over the triangle's rows. */
  const product = (a: number, b: number) => {
    let sum = 0;
    for (let i = 0; i <= Math.min(a, b); i++) sum += triangle[i * width + a]! * triangle[i * width + b]!;
    return sum;
  };
  const interceptScale = scaling.scales[0]!;
  const featureMeans = new Float64Array(p);
  const sumCentredFeatures = new Float64Array(p);
  const gram = new Float64Array(p * p);
  const crossProducts = new Float64Array(p);
  const referenceWeights = new Float64Array(p);
  const responseScale = responseScaler.scale;
  for (let j = 0; j < p; j++) {
    const map = featureScalers[j]!;
    const designScale = scaling.scales[j + 1]!;
    featureMeans[j] = workingMean(map, scaling.means[j]!);
    sumCentredFeatures[j] = (product(0, j + 1) / (interceptScale * designScale)) * map.scale;
    crossProducts[j] = (product(j + 1, y) / designScale) * map.scale * responseScale;
    referenceWeights[j] = ((solution[j + 1]! * designScale) / map.scale) * responseScale;
    for (let k = 0; k <= j; k++) {
      const value =
        (product(j + 1, k + 1) / (designScale * scaling.scales[k + 1]!)) * map.scale * featureScalers[k]!.scale;
      gram[j * p + k] = value;
      gram[k * p + j] = value;
    }
  }
  const weightResiduals = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let fitted = 0;
    for (let k = 0; k < p; k++) fitted += gram[j * p + k]! * referenceWeights[k]!;
    weightResiduals[j] = crossProducts[j]! - fitted;
  }
  const residualNorm = triangle[y * width + y]! * responseScale;
  return {
    count,
    featureMeans,
    responseMean: workingMean(responseScaler, scaling.responseMean),
    sumCentredFeatures,
    sumCentredResponse: (product(0, y) / interceptScale) * responseScale,
    gram,
    crossProducts,
    responseSpread: product(y, y) * responseScale * responseScale,
    referenceWeights,
    weightResiduals,
    minimalSumOfSquares: residualNorm * residualNorm,
  };
}

/** The scaler's image of a mean, computed as the scaler maps the data (`applyScaler`), so the centre matches the working column. */
function workingMean(scaler: MinMaxScaler, mean: number): number {
  return applyScaler(scaler, [mean])[0]!;
}
