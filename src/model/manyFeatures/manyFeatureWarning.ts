import type { LeastSquaresFit } from '../../core/leastSquares/fitLinearLeastSquares';
import { formatNumber } from '../../format/formatNumber';

/** Below this many correct digits the least-squares column carries a warning. */
export const DIGITS_TO_WARN = 9;

/**
 * A sentence when the data's conditioning limits how many digits of the least-squares
 * coefficients can be trusted (fewer than {@link DIGITS_TO_WARN}), naming the least certain
 * term; null otherwise. O(p).
 */
export function describeManyFeatureWarning(fit: LeastSquaresFit, names: readonly string[]): string | null {
  if (fit.trustworthyDigits >= DIGITS_TO_WARN) return null;
  const offset = fit.model.hasIntercept ? 1 : 0;
  let worst = 0;
  for (let i = 1; i < fit.coefficientDigits.length; i++)
    if (fit.coefficientDigits[i]! < fit.coefficientDigits[worst]!) worst = i;
  const term = offset === 1 && worst === 0 ? 'the intercept' : `the weight of ${names[worst - offset]}`;
  const digits = Math.max(0, Math.floor(fit.trustworthyDigits));
  return `These columns are nearly dependent on each other (condition number ${formatNumber(fit.conditionNumber, 3)}): even computed as carefully as here, only about ${digits} significant digit${digits === 1 ? '' : 's'} of the least-squares coefficients can be trusted (the least certain is ${term}). Dropping a feature or lowering the degree makes the answer sharper.`;
}
