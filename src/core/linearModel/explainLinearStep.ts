import { assertLearningRate } from '../runChecks';
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
 * errors of the first rows (the kernel over those rows only). Complexity O(N·p).
 * Throws a DataError for an unusable problem, a RangeError for a non-positive learning rate,
 * a parameter vector of the wrong length or not finite, or a `rowsShown` that is not a whole
 * number ≥ 0.
 */
export function explainLinearStep(request: LinearStepRequest): LinearStepExplanation {
  const { problem, parameters, learningRate, rowsShown = 5 } = request;
  assertLinearProblem(problem);
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
  const scratch = createGradientScratch(columns.length, count);
  const hasIntercept = problem.fitIntercept;

  const shown = Math.min(rowsShown, count);
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

  evaluateLinearLoss(columns, problem.response, start, hasIntercept, scratch);
  const lossBefore = scratch.loss;
  const gradient = Float64Array.from(scratch.gradient);
  const next = start.map((value, j) => value - learningRate * gradient[j]!);
  evaluateLinearLoss(columns, problem.response, next, hasIntercept, scratch);

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
    lossAfter: scratch.loss,
    gradientNorm: Math.sqrt(squaredNorm),
    largestComponent,
    predictedChange: -learningRate * squaredNorm,
  };
}
