import { DataError } from '../../core/dataError';
import { fitLinearLeastSquares } from '../../core/leastSquares/fitLinearLeastSquares';
import { normalEquationsFit } from '../../core/leastSquares/normalEquations';
import { createGradientScratch, evaluateLinearLoss } from '../../core/linearModel/lossAndGradient';
import { type LinearModel, type LinearProblem, parameterVector } from '../../core/linearModel/model';
import { runLinearOptimiser } from '../../core/linearModel/runLinearOptimiser';
import type { Flavour, Optimiser } from '../../core/optimisers/settings';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';

/** What the comparison runs on: plain data, so it can travel to a worker. */
export interface MethodsInput {
  /** The rows the model is fitted on, in the units gradient descent works in (scaled when scaling is on). */
  readonly problem: LinearProblem;
  /** The first lessons' closed form for one feature (same units), else null. */
  readonly closedForm: { readonly intercept: number; readonly slope: number } | null;
  readonly learningRate: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
}

/** One method's answer on the data on screen. */
export interface MethodRow {
  readonly id: string;
  readonly label: string;
  /** [intercept, w₁, …] (the intercept left out without one); empty when the method failed. */
  readonly coefficients: readonly number[];
  readonly mse: number | null;
  /** Largest |coefficient − QR's coefficient|. */
  readonly gapToQr: number | null;
  /** Significant digits that agree with QR: −log10(gap / largest |QR coefficient|), at most 16. */
  readonly digitsAgreeing: number | null;
  /** Epochs run (null for the direct methods). */
  readonly epochs: number | null;
  readonly milliseconds: number;
  /** Why the method has no answer (it broke down, or diverged), else null. */
  readonly failure: string | null;
}

/** The input for the problem on screen with the page's descent settings. O(1). */
export function methodsInputOf(
  problem: RegressionProblem | ManyFeatureProblem,
  settings: { learningRate: number; epochs: number; batchSize: number; seed: number },
): MethodsInput {
  if (problem.kind === 'many') return { problem: problem.working, closedForm: null, ...settings };
  return {
    problem: {
      features: [{ name: problem.featureName, values: problem.feature }],
      response: problem.response,
      fitIntercept: true,
    },
    closedForm: problem.ols,
    ...settings,
  };
}

const ITERATIVE: readonly {
  id: string;
  label: string;
  flavour: (input: MethodsInput) => Flavour;
  optimiser: Optimiser;
}[] = [
  { id: 'batch', label: 'Batch GD', flavour: () => ({ kind: 'batch' }), optimiser: { kind: 'plain' } },
  {
    id: 'mini-batch',
    label: 'Mini-batch GD',
    flavour: (input) => ({ kind: 'mini-batch', batchSize: input.batchSize, seed: input.seed }),
    optimiser: { kind: 'plain' },
  },
  {
    id: 'stochastic',
    label: 'Stochastic GD',
    flavour: (input) => ({ kind: 'stochastic', seed: input.seed }),
    optimiser: { kind: 'plain' },
  },
  {
    id: 'momentum',
    label: 'Momentum 0.9',
    flavour: () => ({ kind: 'batch' }),
    optimiser: { kind: 'momentum' },
  },
  { id: 'adam', label: 'Adam', flavour: () => ({ kind: 'batch' }), optimiser: { kind: 'adam' } },
];

/**
 * Every method on the same data, each timed with `now` (performance.now in the page): the
 * closed form (one feature), least squares by QR (the reference), the normal equations solved
 * by Cholesky, then batch, mini-batch and stochastic gradient descent and batch descent with
 * momentum and with Adam, all from zero at the page's learning rate for its epoch budget. For
 * each: the coefficients, the MSE, the largest gap to QR and the digits that agree with it. A
 * method that breaks down or diverges gets its reason instead of numbers. Throws what QR
 * throws (the problem on screen has already been fitted, so it does not). Complexity
 * O(N·p² + epochs·N·p) per iterative method.
 */
export function compareMethods(input: MethodsInput, now: () => number): MethodRow[] {
  const { problem } = input;
  const columns = problem.features.map((feature) => feature.values);
  const scratch = createGradientScratch(columns.length, problem.response.length);
  const mseOf = (model: LinearModel): number => {
    evaluateLinearLoss(columns, problem.response, parameterVector(model), problem.fitIntercept, scratch);
    return scratch.loss;
  };
  const coefficientsOf = (model: LinearModel): number[] =>
    problem.fitIntercept ? [model.intercept, ...model.weights] : [...model.weights];

  let start = now();
  const qr = fitLinearLeastSquares(problem).model;
  const qrTime = now() - start;
  const reference = coefficientsOf(qr);
  const largest = Math.max(...reference.map(Math.abs), Number.MIN_VALUE);
  const row = (
    id: string,
    label: string,
    model: LinearModel,
    milliseconds: number,
    epochs: number | null,
    mse = mseOf(model),
  ): MethodRow => {
    const coefficients = coefficientsOf(model);
    const gap = Math.max(...coefficients.map((value, k) => Math.abs(value - reference[k]!)));
    const digits = gap === 0 ? 16 : Math.min(16, Math.max(0, -Math.log10(gap / largest)));
    return { id, label, coefficients, mse, gapToQr: gap, digitsAgreeing: digits, epochs, milliseconds, failure: null };
  };
  const failed = (
    id: string,
    label: string,
    failure: string,
    milliseconds: number,
    epochs: number | null,
  ): MethodRow => ({
    id,
    label,
    coefficients: [],
    mse: null,
    gapToQr: null,
    digitsAgreeing: null,
    epochs,
    milliseconds,
    failure,
  });

  const rows: MethodRow[] = [];
  if (input.closedForm) {
    const line = input.closedForm;
    rows.push(
      row(
        'closed-form',
        'Closed form',
        { hasIntercept: true, intercept: line.intercept, weights: Float64Array.of(line.slope) },
        0,
        null,
      ),
    );
  }
  rows.push(row('qr', 'Least squares (QR)', qr, qrTime, null));
  start = now();
  try {
    const normal = normalEquationsFit(problem);
    rows.push(row('normal-equations', 'Normal equations', normal, now() - start, null));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    rows.push(failed('normal-equations', 'Normal equations', error.message, now() - start, null));
  }
  for (const method of ITERATIVE) {
    start = now();
    const run = runLinearOptimiser({
      problem,
      learningRate: input.learningRate,
      epochs: input.epochs,
      flavour: method.flavour(input),
      optimiser: method.optimiser,
    });
    const milliseconds = now() - start;
    const last = run.lastEpoch;
    if (run.divergence) {
      rows.push(
        failed(
          method.id,
          method.label,
          `Diverged at epoch ${run.divergence.epoch} at this learning rate.`,
          milliseconds,
          last,
        ),
      );
      continue;
    }
    const model: LinearModel = {
      hasIntercept: problem.fitIntercept,
      intercept: problem.fitIntercept ? run.intercepts[last]! : 0,
      weights: Float64Array.from(run.weights, (weights) => weights[last]!),
    };
    rows.push(row(method.id, method.label, model, milliseconds, last, run.losses[last]!));
  }
  return rows;
}
