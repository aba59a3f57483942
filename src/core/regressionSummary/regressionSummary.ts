import { DataError } from '../dataError';
import type { LeastSquaresFit } from '../leastSquares/fitLinearLeastSquares';
import { fisherUpperTail, studentCriticalValue, studentTwoSidedPValue } from './tailProbabilities';

/** One row of the coefficient table: the estimate and what the data say about its uncertainty. */
export interface SummaryTerm {
  readonly name: string;
  readonly coefficient: number;
  readonly standardError: number;
  readonly tStatistic: number;
  /** P(|T| ≥ |t|) on the residual degrees of freedom; 0 only below the smallest double. */
  readonly pValue: number;
  readonly confidenceLow: number;
  readonly confidenceHigh: number;
}

/** What statsmodels' OLS summary shows, for a least-squares fit. */
export interface RegressionSummary {
  /** `intercept` first when the model has one, then each weight in order. */
  readonly terms: readonly SummaryTerm[];
  readonly observations: number;
  /** Number of terms besides the intercept (statsmodels' `df_model`). */
  readonly modelDegreesOfFreedom: number;
  /** Rows minus coefficients (statsmodels' `df_resid`). */
  readonly residualDegreesOfFreedom: number;
  readonly rSquared: number;
  /** 1 − (n − k)/(n − m)·(1 − R²), k = 1 with an intercept and 0 without, m coefficients. */
  readonly adjustedRSquared: number;
  readonly fStatistic: number;
  readonly fPValue: number;
  /** σ̂ = √(RSS/(n − m)). */
  readonly residualStandardError: number;
  readonly confidenceLevel: number;
}

export const INTERCEPT_TERM = 'intercept';

/**
 * The full regression summary of a least-squares fit `ŷ = b + w·x` on `observations` rows,
 * as statsmodels' OLS prints it. With m coefficients and n rows: σ̂² = RSS/(n − m); each
 * standard error is σ̂·√((XᵀX)⁻¹ⱼⱼ), the diagonal given as `varianceFactors` in coefficient
 * order (`accurateVarianceFactors`: from the QR factor, refined, never the normal equations); t = coefficient/SE with its two-sided p-value on n − m
 * degrees of freedom; the 95 % interval is coefficient ± t*·SE. R² is about the mean with an
 * intercept and about zero without (as NIST and statsmodels define it); F = (ESS/dfₘ)/(RSS/(n − m))
 * with ESS = TSS − RSS, and its p-value is F's upper tail. O(m) after the fit.
 *
 * @throws DataError when there are no residual degrees of freedom, no terms besides the
 * intercept, or the fit is exact (RSS = 0), where none of these statistics is defined.
 */
export function regressionSummary(
  fit: LeastSquaresFit,
  varianceFactors: Float64Array,
  termNames: readonly string[],
  observations: number,
  confidenceLevel = 0.95,
): RegressionSummary {
  const { model } = fit;
  const names = model.hasIntercept ? [INTERCEPT_TERM, ...termNames] : [...termNames];
  const coefficients = model.hasIntercept ? [model.intercept, ...model.weights] : [...model.weights];
  if (varianceFactors.length !== coefficients.length)
    throw new DataError(`The summary needs one variance factor per coefficient (${coefficients.length}).`);
  if (names.length !== coefficients.length)
    throw new DataError(`The summary needs one name per weight (${model.weights.length}), got ${termNames.length}.`);
  const residualDegrees = observations - coefficients.length;
  if (residualDegrees < 1)
    throw new DataError(
      `The summary needs more rows than coefficients: ${observations} rows for ${coefficients.length} coefficients leave no residual degrees of freedom.`,
    );
  const modelDegrees = model.weights.length;
  if (modelDegrees < 1) throw new DataError('The summary needs at least one feature.');
  if (!(fit.residualSumOfSquares > 0))
    throw new DataError(
      'The model passes exactly through every point, so there is no scatter left to measure its uncertainty: standard errors, t and p are not defined.',
    );
  const variance = fit.residualSumOfSquares / residualDegrees;
  const residualStandardError = Math.sqrt(variance);
  const critical = studentCriticalValue(1 - confidenceLevel, residualDegrees);
  const terms = coefficients.map((coefficient, k) => {
    const standardError = residualStandardError * Math.sqrt(varianceFactors[k]!);
    const tStatistic = coefficient / standardError;
    return {
      name: names[k]!,
      coefficient,
      standardError,
      tStatistic,
      pValue: studentTwoSidedPValue(tStatistic, residualDegrees),
      confidenceLow: coefficient - critical * standardError,
      confidenceHigh: coefficient + critical * standardError,
    };
  });
  const explained = fit.totalSumOfSquares - fit.residualSumOfSquares;
  const fStatistic = explained / modelDegrees / variance;
  const constantTerms = model.hasIntercept ? 1 : 0;
  return {
    terms,
    observations,
    modelDegreesOfFreedom: modelDegrees,
    residualDegreesOfFreedom: residualDegrees,
    rSquared: fit.rSquared,
    adjustedRSquared: 1 - ((observations - constantTerms) / residualDegrees) * (1 - fit.rSquared),
    fStatistic,
    fPValue: fisherUpperTail(Math.max(0, fStatistic), modelDegrees, residualDegrees),
    residualStandardError,
    confidenceLevel,
  };
}
