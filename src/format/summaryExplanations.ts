import type { RegressionSummary, SummaryTerm } from '../core/regressionSummary/regressionSummary';
import { formatNumber } from './formatNumber';

/** p-values below this are shown as a bound: under it a double no longer keeps six digits. */
export const SMALLEST_SHOWN_P_VALUE = 1e-300;

/** A p-value for people: three significant digits, or "< 1e-300" once it is that small (or underflowed to 0). */
export function formatPValue(value: number): string {
  return value < SMALLEST_SHOWN_P_VALUE ? '< 1e-300' : formatNumber(value, 3);
}

/** The words for a p-value inside a sentence. */
function chance(value: number): string {
  return value < SMALLEST_SHOWN_P_VALUE ? 'less than 1e-300' : formatNumber(value, 3);
}

/** One plain sentence per cell of a term's row: what the number says about this term. */
export interface TermExplanations {
  readonly coef: string;
  readonly se: string;
  readonly t: string;
  readonly p: string;
  readonly ci: string;
}

/**
 * The sentences a student reads on hovering or focusing each number of a term's row, with the
 * term's and the response's names and the numbers themselves. O(1).
 */
export function explainTerm(term: SummaryTerm, responseName: string, level: number): TermExplanations {
  const intercept = term.name === 'intercept';
  const percent = `${Math.round(level * 100)} %`;
  return {
    coef: intercept
      ? `The predicted ${responseName} when every feature is zero: ${formatNumber(term.coefficient, 6)}.`
      : `Each extra unit of ${term.name} changes the predicted ${responseName} by ${formatNumber(term.coefficient, 6)}, the other terms held fixed.`,
    se: `Fitted again on a fresh sample of the same size, this coefficient would typically move by about ${formatNumber(term.standardError, 3)}.`,
    t: `The coefficient lies ${formatNumber(Math.abs(term.tStatistic), 4)} standard errors ${term.tStatistic < 0 ? 'below' : 'above'} zero (coefficient divided by standard error).`,
    p: intercept
      ? `If the true intercept were zero, a t at least this far from zero would come up by chance with probability ${chance(term.pValue)}.`
      : `If ${term.name} had no effect at all, a t at least this far from zero would come up by chance with probability ${chance(term.pValue)}.`,
    ci: `The ${percent} confidence interval for ${term.name} runs from ${formatNumber(term.confidenceLow, 4)} to ${formatNumber(term.confidenceHigh, 4)}: values outside it are ruled out at the ${Math.round((1 - level) * 100)} % level.`,
  };
}

/** One plain sentence for each whole-model statistic. */
export interface ModelExplanations {
  readonly rSquared: string;
  readonly adjustedRSquared: string;
  readonly f: string;
  readonly fP: string;
  readonly residualSe: string;
  readonly observations: string;
  readonly residualDegrees: string;
  readonly modelDegrees: string;
  readonly conditionNumber: string;
}

/** The sentences for the statistics under the table. O(1). */
export function explainModel(
  summary: RegressionSummary,
  responseName: string,
  hasIntercept: boolean,
  conditionNumber: number,
): ModelExplanations {
  const coefficients = summary.terms.length;
  return {
    rSquared: hasIntercept
      ? `The model explains ${formatNumber(summary.rSquared * 100, 4)} % of the variation of ${responseName} around its mean.`
      : `Without an intercept R² is taken about zero, not about the mean, so ${formatNumber(summary.rSquared * 100, 4)} % cannot be compared with a model that has one.`,
    adjustedRSquared: `R² charged for the ${summary.modelDegreesOfFreedom} term${summary.modelDegreesOfFreedom === 1 ? '' : 's'} used: a term that explains no more than chance lowers it.`,
    f: `The variation the features explain per degree of freedom over the unexplained variation per degree of freedom; near 1 means the features explain no more than noise.`,
    fP: `If no feature had any effect, an F this large would come up by chance with probability ${chance(summary.fPValue)}.`,
    residualSe: `A typical point lies about ${formatNumber(summary.residualStandardError, 4)} (in units of ${responseName}) from the fitted model.`,
    observations: `The fit used ${summary.observations.toLocaleString('en')} rows.`,
    residualDegrees: `${summary.observations.toLocaleString('en')} rows minus ${coefficients} coefficient${coefficients === 1 ? '' : 's'} leave ${summary.residualDegreesOfFreedom.toLocaleString('en')} degrees of freedom to measure the scatter around the fit.`,
    modelDegrees: `The number of terms besides the intercept: ${summary.modelDegreesOfFreedom}.`,
    conditionNumber: Number.isFinite(conditionNumber)
      ? `The largest singular value of the design matrix over the smallest, as statsmodels prints it: above about 1000, small changes in the data can swing the coefficients (it also grows with the columns' units).`
      : `The design matrix is so close to singular that doubles cannot measure its condition number.`,
  };
}
