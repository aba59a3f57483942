import { powerName } from '../../core/polynomial/polynomialTerms';

/** The columns and model form a student chose: the first feature, any more, the degree, the intercept. */
export interface ModelChoice {
  readonly featureName: string;
  readonly extraFeatures: readonly string[];
  readonly responseName: string;
  /** Powers of the first feature in the model: 1 for the feature alone, up to 10. */
  readonly polynomialDegree: number;
  /** True fits ŷ = w·x with no intercept (R² then taken about zero). */
  readonly throughOrigin: boolean;
}

/**
 * True when the choice is more than the first lessons' straight line `ŷ = b + w·x` on one
 * feature: several features, powers of the first one, or no intercept. Then the notebook fits
 * the weight-vector model and shows the many-feature views. O(1).
 */
export function isManyFeatureChoice(
  choice: Pick<ModelChoice, 'extraFeatures' | 'polynomialDegree' | 'throughOrigin'>,
): boolean {
  return choice.extraFeatures.length > 0 || choice.polynomialDegree > 1 || choice.throughOrigin;
}

/**
 * The model's terms in order: the first feature and its powers (`x`, `x^2`, …), then each
 * further feature. These are the names of the weights everywhere on the page. O(p).
 *
 * @example termNames({ featureName: 'x', polynomialDegree: 2, extraFeatures: ['z'] }) // ['x', 'x^2', 'z']
 */
export function termNames(choice: Pick<ModelChoice, 'featureName' | 'extraFeatures' | 'polynomialDegree'>): string[] {
  const powers = Array.from({ length: choice.polynomialDegree }, (_, k) => powerName(choice.featureName, k + 1));
  return [...powers, ...choice.extraFeatures];
}
