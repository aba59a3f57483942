import { DataError } from '../dataError';
import { addDoubleDouble, multiplyDoubleDouble } from '../doubleDouble/errorFreeTransforms';
import { assertLinearProblem, type LinearModel, type LinearProblem } from '../linearModel/model';
import { pairwiseDot } from '../linearModel/pairwiseDot';
import { pairwiseMean } from '../summation';
import { applyQTranspose, householderQR, solveUpper, upperTriangle } from './householder';
import { dependentColumns, listNames, numericalRank, RankDeficiencyError, rankDeficiencyError } from './rankDeficiency';
import { refineLeastSquares } from './refinement';
import { buildScaledDesign } from './scaledDesign';
import { smallSvd } from './singularValues';
import { type DesignScaling, designScaling, streamedTriangle } from './streamedTriangle';

/** A least-squares fit and what it knows about its own accuracy. */
export interface LeastSquaresFit {
  readonly model: LinearModel;
  /** Always the number of coefficients: a rank-deficient design throws instead. */
  readonly rank: number;
  /** σmax/σmin of the centred, column-scaled design (the conditioning that matters for the answer). */
  readonly conditionNumber: number;
  readonly residualSumOfSquares: number;
  /** 1 − RSS/TSS, TSS about the mean (about zero for a model without intercept, as NIST does). */
  readonly rSquared: number;
  /** `householder`: one QR solve in doubles; `refined`: plus iterative refinement in double-double. */
  readonly method: 'householder' | 'refined';
  readonly refinementSteps: number;
  /**
   * Estimated correct significant digits of each coefficient ([intercept, w₁, …], intercept
   * only with one), capped at 15.6 (a double's resolution): from the last refinement correction,
   * or for the plain solve from the error bound ε·(κ·c + κ²·‖r‖/(σmax‖z‖)) (c the centring
   * cancellation). Below 9 the answer should be shown with a warning.
   */
  readonly coefficientDigits: Float64Array;
  /** The smallest of `coefficientDigits`. */
  readonly trustworthyDigits: number;
  /** Σ(y − ȳ)² with an intercept, Σy² without (the sum R² is taken about). */
  readonly totalSumOfSquares: number;
}

/** Options: `refine` `auto` (default) refines small problems and any whose plain solve may lose digits. */
export interface LeastSquaresOptions {
  readonly refine?: 'auto' | 'always' | 'never';
}

/** Below this many design entries (N·m) the refinement always runs: it costs well under a millisecond. */
export const ALWAYS_REFINE_ENTRIES = 200_000;
/** The plain solve is kept when its error bound promises at least this many digits. */
export const PLAIN_SOLVE_DIGITS = 13;
const MAX_DIGITS = 15.6;

/**
 * Least squares for `ŷ = b + w·x` (or `w·x` through the origin) by Householder QR of the
 * centred, column-scaled design (`buildScaledDesign`), never the normal equations. The rank
 * and condition number come from the singular values of R (one-sided Jacobi). Problems of more
 * than `ALWAYS_REFINE_ENTRIES` entries are first solved plainly from a streamed triangle
 * (`streamedTriangle`: no copy of the design) and kept when the error bound promises
 * `PLAIN_SOLVE_DIGITS`; every other problem is factorised in memory and refined on the
 * augmented system with residuals in double-double (`refineLeastSquares`), which takes every
 * NIST StRD linear set to 13+ correct digits. `refine: 'never'` always takes the plain solve,
 * `'always'` always refines. Complexity O(N·m²).
 *
 * Throws a DataError for unusable data (`assertLinearProblem`), and a `RankDeficiencyError`
 * naming the columns when there are more coefficients than rows, a feature is constant (with an
 * intercept) or zero (without), or some columns are linearly dependent to working precision.
 */
export function fitLinearLeastSquares(problem: LinearProblem, options: LeastSquaresOptions = {}): LeastSquaresFit {
  return fitKeepingTriangle(problem, options).fit;
}

/**
 * The streamed factorisation a plain solve kept: the scaling, the triangle R of
 * `[B | y − ȳ]` ((m+1)×(m+1), row-major) and the solution z of the scaled problem.
 */
export interface StreamedFactor {
  readonly scaling: DesignScaling;
  readonly triangle: Float64Array;
  readonly solution: Float64Array;
}

/**
 * {@link fitLinearLeastSquares}, also handing back the streamed triangle when the plain solve
 * was kept (null when the fit was refined in memory), so a caller can read the descent
 * statistics from it instead of passing over the data again. Same complexity and errors.
 */
export function fitKeepingTriangle(
  problem: LinearProblem,
  options: LeastSquaresOptions = {},
): { fit: LeastSquaresFit; factor: StreamedFactor | null } {
  assertLinearProblem(problem);
  assertEnoughRows(problem);
  const rows = problem.response.length;
  const m = problem.features.length + (problem.fitIntercept ? 1 : 0);
  const refine = options.refine ?? 'auto';
  if (refine === 'never' || (refine === 'auto' && rows * m > ALWAYS_REFINE_ENTRIES)) {
    const plain = plainSolve(problem, m);
    if (refine === 'never' || plain.digits >= PLAIN_SOLVE_DIGITS) return { fit: plain.fit, factor: plain.factor };
  }
  const design = buildScaledDesign(problem);
  const qr = householderQR(design.high.map((column) => column.slice()));
  const svd = smallSvd(upperTriangle(qr), m);
  const { rank, tolerance, conditionNumber } = numericalRank(svd, rows);
  if (rank < m) throw rankDeficiencyError(dependentColumns(svd, tolerance, design.names));
  const rotated = Float64Array.from(problem.response);
  applyQTranspose(qr, rotated);
  const refined = refineLeastSquares(qr, design.high, design.low, problem.response, solveUpper(qr, rotated));
  const residualSumOfSquares = pairwiseDot(refined.residuals, refined.residuals);
  const fit = finish(
    problem,
    { ...design, responseMean: 0 },
    refined.high,
    refined.low,
    refined.lastCorrection,
    residualSumOfSquares,
    conditionNumber,
    refined.steps,
  );
  return { fit, factor: null };
}

/**
 * The fast path: the triangle of `[B | y]` streamed block by block (no N-sized allocation),
 * its singular values for the rank and condition, one back substitution, and the error bound
 * of a backward-stable solve. Throws a RankDeficiencyError like the full path.
 */
function plainSolve(
  problem: LinearProblem,
  m: number,
): { fit: LeastSquaresFit; digits: number; factor: StreamedFactor } {
  const scaling = designScaling(problem);
  const triangle = streamedTriangle(problem, scaling);
  const width = m + 1;
  const factor = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = i; j < m; j++) factor[i * m + j] = triangle[i * width + j]!;
  const svd = smallSvd(factor, m);
  const { rank, tolerance, conditionNumber } = numericalRank(svd, problem.response.length);
  if (rank < m) throw rankDeficiencyError(dependentColumns(svd, tolerance, scaling.names));
  const solution = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let sum = triangle[i * width + m]!;
    for (let j = i + 1; j < m; j++) sum -= factor[i * m + j]! * solution[j]!;
    solution[i] = sum / factor[i * m + i]!;
  }
  const residualNorm = Math.abs(triangle[m * width + m]!);
  const size = maxAbs(solution);
  const error = boundRelativeError(conditionNumber, scaling.cancellation, residualNorm / (svd.values[0]! * size), m);
  const errors = new Float64Array(m).fill(error * size);
  const fit = finish(
    problem,
    scaling,
    solution,
    new Float64Array(m),
    errors,
    residualNorm * residualNorm,
    conditionNumber,
    0,
  );
  return { fit, digits: -Math.log10(error), factor: { scaling, triangle, solution } };
}

function assertEnoughRows(problem: LinearProblem): void {
  const { features, fitIntercept, response } = problem;
  const coefficients = features.length + (fitIntercept ? 1 : 0);
  const names = features.map((feature) => feature.name);
  if (coefficients > response.length) {
    throw new RankDeficiencyError(
      `There are ${coefficients} coefficients to fit (${features.length} feature${features.length === 1 ? '' : 's'}${fitIntercept ? ' and the intercept' : ''}) but only ${response.length} row${response.length === 1 ? '' : 's'}: ${listNames(names)} cannot all be determined. Use fewer features or more rows.`,
      names,
    );
  }
  for (const feature of features) {
    let min = Infinity,
      max = -Infinity;
    const values = feature.values;
    for (let i = 0; i < values.length; i++) {
      if (values[i]! < min) min = values[i]!;
      if (values[i]! > max) max = values[i]!;
    }
    const constant = min === max && !feature.residue?.some((value) => value !== 0);
    if (constant && fitIntercept) throw rankDeficiencyError(['the intercept', feature.name]);
    if (constant && min === 0)
      throw new RankDeficiencyError(
        `"${feature.name}" is zero in every row, so its weight could be anything. Leave it out.`,
        [feature.name],
      );
  }
  if (response.length < 1) throw new DataError('The data have no rows to fit.');
}

/**
 * m·ε·(κ·c + κ²·ρ): the classic first-order normwise error bound of a backward-stable QR solve
 * (c the centring cancellation, ρ = ‖r‖/(σmax‖z‖)), with the factor m (coefficients) that
 * Householder's backward error carries, so that each coefficient, not only the norm, stays within it.
 */
function boundRelativeError(conditionNumber: number, cancellation: number, residualRatio: number, m: number): number {
  return m * Number.EPSILON * (conditionNumber * cancellation + conditionNumber * conditionNumber * residualRatio);
}

function maxAbs(values: Float64Array): number {
  return values.reduce((largest, value) => Math.max(largest, Math.abs(value)), Number.MIN_VALUE);
}

/**
 * Maps z back to the original coefficients, exactly in double-double: wⱼ = zⱼ·scaleⱼ,
 * intercept = z₀·scale₀ − Σ meanⱼ·wⱼ (+ ȳ when the response was centred). The error estimate `errors` (one per entry of z: the last
 * refinement correction, or the plain solve's bound) maps the same way in absolute values,
 * |δb| ≤ |δz₀|·scale₀ + Σ|meanⱼ|·|δwⱼ|, so a small intercept under large means is not
 * promised digits the centring took away.
 */
function finish(
  problem: LinearProblem,
  design: DesignScaling,
  zHigh: Float64Array,
  zLow: Float64Array,
  errors: Float64Array,
  residualSumOfSquares: number,
  conditionNumber: number,
  refinementSteps: number,
): LeastSquaresFit {
  const p = problem.features.length;
  const offset = design.hasIntercept ? 1 : 0;
  const weights = new Float64Array(p);
  const weightCorrections = new Float64Array(p);
  const pair = new Float64Array(2);
  let interceptHigh = design.hasIntercept ? zHigh[0]! * design.scales[0]! : 0;
  let interceptLow = design.hasIntercept ? zLow[0]! * design.scales[0]! : 0;
  let interceptCorrection = design.hasIntercept ? Math.abs(errors[0]!) * design.scales[0]! : 0;
  for (let j = 0; j < p; j++) {
    const scale = design.scales[j + offset]!;
    const weightHigh = zHigh[j + offset]! * scale;
    const weightLow = zLow[j + offset]! * scale;
    weights[j] = weightHigh + weightLow;
    weightCorrections[j] = Math.abs(errors[j + offset]!) * scale;
    if (!design.hasIntercept) continue;
    multiplyDoubleDouble(weightHigh, weightLow, -design.means[j]!, 0, pair);
    addDoubleDouble(interceptHigh, interceptLow, pair[0]!, pair[1]!, pair);
    interceptHigh = pair[0]!;
    interceptLow = pair[1]!;
    interceptCorrection += Math.abs(design.means[j]!) * weightCorrections[j]!;
  }
  if (design.hasIntercept && design.responseMean !== 0) {
    // the streamed solve fitted y − ȳ: its intercept gets ȳ back, in double-double too
    addDoubleDouble(interceptHigh, interceptLow, design.responseMean, 0, pair);
    interceptHigh = pair[0]!;
    interceptLow = pair[1]!;
  }
  const intercept = interceptHigh + interceptLow;
  const coefficients = design.hasIntercept ? [intercept, ...weights] : [...weights];
  const corrections = design.hasIntercept ? [interceptCorrection, ...weightCorrections] : [...weightCorrections];
  const coefficientDigits = Float64Array.from(coefficients, (value, k) => digitsOf(value, corrections[k]!));
  const response = problem.response;
  const centre = design.hasIntercept ? pairwiseMean(response) : 0;
  const deviations = new Float64Array(response.length);
  for (let i = 0; i < response.length; i++) deviations[i] = response[i]! - centre;
  const totalSumOfSquares = pairwiseDot(deviations, deviations);
  return {
    model: { hasIntercept: design.hasIntercept, intercept: design.hasIntercept ? intercept : 0, weights },
    rank: coefficients.length,
    conditionNumber,
    residualSumOfSquares,
    rSquared: totalSumOfSquares > 0 ? 1 - residualSumOfSquares / totalSumOfSquares : 1,
    method: refinementSteps > 0 ? 'refined' : 'householder',
    refinementSteps,
    coefficientDigits,
    trustworthyDigits: Math.min(...coefficientDigits),
    totalSumOfSquares,
  };
}

function digitsOf(value: number, correction: number): number {
  if (value === 0) return correction === 0 ? MAX_DIGITS : 0;
  const relative = Math.abs(correction / value);
  return relative === 0 ? MAX_DIGITS : Math.max(0, Math.min(MAX_DIGITS, -Math.log10(relative)));
}
