import { DataError } from '../../core/dataError';
import { fitLinearLeastSquares, type LeastSquaresFit } from '../../core/leastSquares/fitLinearLeastSquares';
import { accurateVarianceFactors } from '../../core/leastSquares/varianceFactors';
import type { LinearProblem } from '../../core/linearModel/model';
import { designConditionNumber } from '../../core/regressionSummary/designConditionNumber';
import { type RegressionSummary, regressionSummary } from '../../core/regressionSummary/regressionSummary';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';

type Problem = RegressionProblem | ManyFeatureProblem;

/** The regression summary of the model on screen, or why it cannot be given. */
export type SummaryOutcome =
  | {
      readonly ok: true;
      readonly summary: RegressionSummary;
      /** statsmodels' "Cond. No.": σmax/σmin of the raw design; Infinity when σmin is 0 in doubles. */
      readonly conditionNumber: number;
      readonly responseName: string;
    }
  | { readonly ok: false; readonly message: string };

/** What the summary is computed from: plain data, so it can travel to a worker. */
export interface SummaryInput {
  /** The rows the model was fitted on, in original units. */
  readonly linear: LinearProblem;
  readonly termNames: readonly string[];
  readonly responseName: string;
  /** The problem's own least-squares fit of `linear`, when it has one (else it is fitted here). */
  readonly leastSquares: LeastSquaresFit | null;
}

/** Above this many design entries (rows × coefficients) the summary is computed in a worker. */
export const SUMMARY_OFF_THREAD_ENTRIES = 200_000;

/** Summaries already computed, by problem: a new learning rate or epoch keeps the problem, so nothing is redone. */
const computed = new WeakMap<Problem, SummaryOutcome>();

/**
 * The summary's input for the problem on screen, on exactly the rows that problem was fitted
 * on and in the data's original units (scaling changes how gradient descent sees the data, not
 * the fitted model): for the one-feature line the raw feature and response with an intercept,
 * for the weight vector its original-unit terms (powers as exact double-doubles) with or
 * without the intercept, and its QR fit. O(1).
 */
export function summaryInputOf(problem: Problem): SummaryInput {
  if (problem.kind === 'many')
    return {
      linear: problem.original,
      termNames: problem.termNames,
      responseName: problem.choice.responseName,
      leastSquares: problem.leastSquares,
    };
  return {
    linear: {
      features: [{ name: problem.featureName, values: problem.rawFeature }],
      response: problem.rawResponse,
      fitIntercept: true,
    },
    termNames: [problem.featureName],
    responseName: problem.responseName,
    leastSquares: null,
  };
}

/** True when the summary of this problem is worth a worker (more than `SUMMARY_OFF_THREAD_ENTRIES` entries). O(1). */
export function summaryIsHeavy(problem: Problem): boolean {
  const input = summaryInputOf(problem);
  return input.linear.response.length * (input.termNames.length + 1) > SUMMARY_OFF_THREAD_ENTRIES;
}

/**
 * What statsmodels' OLS prints for the least-squares fit of `input`: the coefficient table,
 * R², F, the residual standard error and the design's condition number. When the statistics
 * are not defined (no more rows than coefficients, an exact fit) the outcome carries the reason
 * instead; other errors propagate. Complexity O(N·m²).
 */
export function summariseInput(input: SummaryInput): SummaryOutcome {
  const { linear, termNames } = input;
  const coefficients = termNames.length + (linear.fitIntercept ? 1 : 0);
  const rows = linear.response.length;
  if (rows <= coefficients)
    return {
      ok: false,
      message: `The summary needs more rows than coefficients: ${rows} rows for ${coefficients} coefficients leave no residual degrees of freedom, so the scatter around the fit (and with it every standard error, t and p) cannot be estimated. Add rows or remove terms.`,
    };
  try {
    const fit = input.leastSquares ?? fitLinearLeastSquares(linear);
    const summary = regressionSummary(fit, accurateVarianceFactors(linear), termNames, rows);
    return { ok: true, summary, conditionNumber: designConditionNumber(linear), responseName: input.responseName };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The summary of the problem on screen (`summariseInput` of `summaryInputOf`), memoised per problem object. */
export function regressionSummaryOf(problem: Problem): SummaryOutcome {
  const known = computed.get(problem);
  if (known) return known;
  const outcome = summariseInput(summaryInputOf(problem));
  computed.set(problem, outcome);
  return outcome;
}

/** The summary already known for this problem (computed here or handed in by a worker), else null. O(1). */
export function knownSummaryOf(problem: Problem): SummaryOutcome | null {
  return computed.get(problem) ?? null;
}

/** Keeps a summary computed elsewhere (a worker) for this problem, so it is not computed again. O(1). */
export function rememberSummary(problem: Problem, outcome: SummaryOutcome): void {
  computed.set(problem, outcome);
}
