import { assertLearningRate } from '../runChecks';
import { createGramScratch, evaluateFromGram, type GramStatistics } from './gramStatistics';
import { createGradientScratch, evaluateLinearLoss } from './lossAndGradient';
import { assertLinearProblem, type LinearProblem } from './model';

/** The problem, the parameters the step starts from, the learning rate and how many rows to list. */
export interface LinearStepRequest {
  readonly problem: LinearProblem;
  /** `[intercept, w₁, …, w_p]` (the intercept slot is read as 0 without an intercept). */
  readonly parameters: ArrayLike<number>;
  readonly learningRate: number;
  /** How many leading rows to give predictions and errors for; default 5. */
  readonly rowsShown?: number;
  /**
   * The problem's centred statistics, when the run on screen evaluated its loss and gradient
   * from them (large data): the full-data numbers then come from them in O(p²), the run's own
   * numbers, instead of two O(N·p) passes; only the rows shown are read.
   */
  readonly statistics?: GramStatistics;
}

/** Every number of one batch step of the weight-vector model, for writing it out. */
export interface LinearStepExplanation {
  readonly count: number;
  /** `b + w·xᵢ` for the first rows, read back as `errorᵢ + yᵢ` (within a rounding of the kernel's own). */
  readonly predictions: readonly number[];
  /** `pᵢ − yᵢ` for the first rows. */
  readonly errors: readonly number[];
  readonly start: Float64Array;
  /** `[∂MSE/∂intercept, ∂MSE/∂w₁, …]`: `(2/N)·Σ(pᵢ − yᵢ)` and `(2/N)·Xᵀ(p − y)`. */
  readonly gradient: Float64Array;
  /** `start − learningRate·gradient`, component by component. */
  readonly next: Float64Array;
  readonly lossBefore: number;
  readonly lossAfter: number;
  /** `‖gradient‖ = √(Σ gⱼ²)` over every component. */
  readonly gradientNorm: number;
  /** Index into `gradient` of the component largest in size. */
  readonly largestComponent: number;
  /**
   * What the gradient alone predicts for the change of the loss, `−learningRate·‖gradient‖²`
   * (first order): close to `lossAfter − lossBefore` for a small step, far from it for a large one.
   */
  readonly predictedChange: number;
}

/**
 * One epoch of plain batch gradient descent on `ŷ = b + w·x` written out: the loss and
 * gradient at `parameters` from the one kernel `evaluateLinearLoss` (so the numbers are the
 * trajectory's own when it ran per row), the update `θ ← θ − learningRate·g` in the order
 * `applyVectorUpdate` uses, the loss after it (the kernel again), and the predictions and
 * errors of the first rows (the kernel over those rows only). Complexity O(N·p); with
 * `statistics`, the loss and gradient come from `evaluateFromGram` instead, O(p² + rowsShown·p)
 * (the problem's values are then taken as checked when the statistics were made).
 * Throws a DataError for an unusable problem, a RangeError for a non-positive learning rate,
 * a parameter vector of the wrong length or not finite, or a `rowsShown` that is not a whole
 * number ≥ 0.
 */
export function explainLinearStep(request: LinearStepRequest): LinearStepExplanation {
  const { problem, parameters, learningRate, rowsShown = 5, statistics } = request;
  if (!statistics) assertLinearProblem(problem);
  else if (statistics.count !== problem.response.length || statistics.featureMeans.length !== problem.features.length)
    throw new RangeError('The statistics were made for another problem.');
  assertLearningRate(learningRate);
  const size = problem.features.length + 1;
  if (parameters.length !== size)
    throw new RangeError(`The step needs ${size} parameters (intercept and weights); it got ${parameters.length}.`);
  if (!Number.isInteger(rowsShown) || rowsShown < 0)
    throw new RangeError('The number of rows shown must be a whole number, zero or more.');
  const start = Float64Array.from(parameters);
  if (!problem.fitIntercept) start[0] = 0;
  if (!start.every(Number.isFinite)) throw new RangeError('The step must start from finite parameters.');
  const columns = problem.features.map((feature) => feature.values);
  const count = problem.response.length;
  const hasIntercept = problem.fitIntercept;
  const shown = Math.min(rowsShown, count);
  // with the statistics only the rows shown go through the kernel, so the scratch holds only them
  const scratch = createGradientScratch(columns.length, statistics ? shown : count);

  evaluateLinearLoss(
    columns,
    problem.response,
    start,
    hasIntercept,
    scratch,
    Int32Array.from({ length: shown }, (_, i) => i),
  );
  const errors = Array.from(scratch.errors.subarray(0, shown));
  const predictions = errors.map((error, i) => error + problem.response[i]!);

  // the full-data loss and gradient: per row, or from the statistics as the run on large data does
  const gram = statistics ? createGramScratch(columns.length) : null;
  const evaluate = (at: Float64Array): { loss: number; gradient: Float64Array } => {
    if (!statistics || !gram) {
      evaluateLinearLoss(columns, problem.response, at, hasIntercept, scratch);
      return scratch;
    }
    evaluateFromGram(statistics, at, hasIntercept, gram);
    return gram;
  };
  const before = evaluate(start);
  const lossBefore = before.loss;
  const gradient = Float64Array.from(before.gradient);
  const next = start.map((value, j) => value - learningRate * gradient[j]!);
  const lossAfter = evaluate(next).loss;

  let squaredNorm = 0;
  let largestComponent = hasIntercept ? 0 : 1;
  for (let j = 0; j < size; j++) {
    squaredNorm += gradient[j]! * gradient[j]!;
    if (Math.abs(gradient[j]!) > Math.abs(gradient[largestComponent]!)) largestComponent = j;
  }
  return {
    count,
    predictions,
    errors,
    start,
    gradient,
    next,
    lossBefore,
    lossAfter,
    gradientNorm: Math.sqrt(squaredNorm),
    largestComponent,
    predictedChange: -learningRate * squaredNorm,
  };
}
