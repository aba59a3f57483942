import { asColumn, type LossAndGradientScratch } from '../gradientDescent/batchStep';
import {
  type SufficientStatistics,
  statisticsEvaluator,
  sufficientStatistics,
} from '../gradientDescent/sufficientStatistics';
import type { GradientMethod } from '../gradientDescent/trajectory';
import { createGradientScratch, evaluateLinearLoss } from '../linearModel/lossAndGradient';
import { createRandomSource, shuffleInPlace } from '../random';
import type { EpochLoop } from './recordEpochs';
import { applyUpdate, type UpdateRule } from './updateRules';

/** Full-data MSE at `[intercept, slope]` by the chosen method (see `GradientMethod`). Complexity O(n) or O(1). */
export function fullDataLoss(
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  method: GradientMethod,
  statistics?: SufficientStatistics,
): (parameters: Float64Array) => number {
  const evaluate = lossAndGradientEvaluator(feature, response, method, statistics);
  const scratch: LossAndGradientScratch = { loss: 0, gradientIntercept: 0, gradientSlope: 0 };
  return (parameters) => {
    evaluate(parameters, scratch);
    return scratch.loss;
  };
}

/**
 * The loss-and-gradient evaluation a method uses, writing into a scratch object: the one
 * kernel over every point in textbook (row) order, or sufficient statistics (given, or computed
 * here once). No allocation per call.
 */
function lossAndGradientEvaluator(
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  method: GradientMethod,
  statistics: SufficientStatistics | undefined,
): (parameters: Float64Array, out: LossAndGradientScratch) => void {
  if (method === 'per-point') {
    const columns = [asColumn(feature)];
    const responseColumn = asColumn(response);
    const count = responseColumn.length;
    const scratch = createGradientScratch(1, 0, false); // textbook order: no row buffers
    return (parameters, out) => {
      evaluateLinearLoss(columns, responseColumn, parameters, true, scratch, undefined, 0, count, 'textbook');
      out.loss = scratch.loss;
      out.gradientIntercept = scratch.gradient[0]!;
      out.gradientSlope = scratch.gradient[1]!;
    };
  }
  const evaluate = statisticsEvaluator(statistics ?? sufficientStatistics(feature, response));
  return (parameters, out) => evaluate(parameters[0]!, parameters[1]!, out);
}

/**
 * Batch epochs: one update an epoch from the gradient over every point. The loss and the
 * gradient come from the same pass (per point in row order, or from sufficient statistics,
 * given or computed here once), and the update is `θ ← θ − learningRate·∇MSE` for plain
 * descent: the textbook arithmetic, which reproduces the published runs to the last bit.
 * Complexity O(n) or O(1) an epoch; no allocation per epoch.
 */
export function fullBatchLoop(
  feature: ArrayLike<number>,
  response: ArrayLike<number>,
  method: GradientMethod,
  rule: UpdateRule,
  statistics?: SufficientStatistics,
): EpochLoop {
  return batchLoop(lossAndGradientEvaluator(feature, response, method, statistics), rule);
}

/**
 * {@link fullBatchLoop} by sufficient statistics alone (the same evaluation, bit for bit): for
 * long runs on prepared data, where no row needs to be read. O(1) an epoch.
 */
export function statisticsBatchLoop(statistics: SufficientStatistics, rule: UpdateRule): EpochLoop {
  const evaluate = statisticsEvaluator(statistics);
  return batchLoop((parameters, out) => evaluate(parameters[0]!, parameters[1]!, out), rule);
}

function batchLoop(
  evaluate: (parameters: Float64Array, out: LossAndGradientScratch) => void,
  rule: UpdateRule,
): EpochLoop {
  const scratch: LossAndGradientScratch = { loss: 0, gradientIntercept: 0, gradientSlope: 0 };
  return {
    lossAt(parameters) {
      evaluate(parameters, scratch);
      return scratch.loss;
    },
    advance(parameters) {
      applyUpdate(rule, parameters, scratch.gradientIntercept, scratch.gradientSlope);
    },
  };
}

/**
 * Shuffled epochs: each epoch reshuffles the point order in place (Fisher–Yates, driven by
 * `createRandomSource(seed)`, one generator for the whole run), then walks it in consecutive
 * batches of `batchSize` points (the last may be smaller). Each batch of size B gives the MSE
 * gradient over its own points, `−(2/B)·Σ(yᵢ − pᵢ)` and `−(2/B)·Σxᵢ(yᵢ − pᵢ)` (the one kernel
 * over the batch's rows, textbook order), and one update.
 * The recorded loss is the full-data MSE at the end of the epoch, so every flavour's loss
 * curve measures the same thing. Complexity O(n) an epoch; no allocation inside an epoch.
 */
export function shuffledLoop(
  feature: Float64Array,
  response: Float64Array,
  method: GradientMethod,
  rule: UpdateRule,
  batchSize: number,
  seed: number,
): EpochLoop {
  const count = feature.length;
  const random = createRandomSource(seed);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const columns = [feature];
  const scratch = createGradientScratch(1, 0, false); // textbook order: no row buffers
  return {
    lossAt: fullDataLoss(feature, response, method),
    advance(parameters) {
      shuffleInPlace(order, random);
      for (let first = 0; first < count; first += batchSize) {
        const size = Math.min(count, first + batchSize) - first;
        evaluateLinearLoss(columns, response, parameters, true, scratch, order, first, size, 'textbook');
        applyUpdate(rule, parameters, scratch.gradient[0]!, scratch.gradient[1]!);
      }
    },
  };
}
