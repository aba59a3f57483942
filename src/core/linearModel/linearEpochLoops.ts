import { createRandomSource, shuffleInPlace } from '../random';
import { createGramScratch, evaluateFromGram, type GramStatistics } from './gramStatistics';
import { createGradientScratch, evaluateLinearLoss } from './lossAndGradient';
import { applyVectorUpdate, type VectorUpdateRule } from './vectorUpdateRules';

/** How a many-feature run evaluates its full-data loss and gradient: per row (O(N·p)) or from the Gram statistics (O(p²)). */
export type LinearGradientMethod = 'per-point' | 'gram-statistics';

/**
 * One flavour's epoch, as the recorder sees it (the vector form of `optimisers/recordEpochs`'
 * `EpochLoop`): `lossAt` is the full-data MSE at `parameters` = `[intercept, w₁, …]`, called
 * once before each `advance` at the same parameters; `advance` runs one epoch of updates in place.
 */
export interface LinearEpochLoop {
  lossAt(parameters: Float64Array): number;
  advance(parameters: Float64Array): void;
}

/** The data a loop reads: feature columns, response, and whether the intercept is free. */
export interface LinearData {
  readonly columns: readonly Float64Array[];
  readonly response: Float64Array;
  readonly hasIntercept: boolean;
}

/** A full-data loss-and-gradient evaluator writing into `gradient`, returning the loss. */
function fullDataEvaluator(
  data: LinearData,
  statistics: GramStatistics | null,
): (parameters: Float64Array, gradient: Float64Array) => number {
  const p = data.columns.length;
  if (statistics) {
    const scratch = createGramScratch(p);
    return (parameters, gradient) => {
      evaluateFromGram(statistics, parameters, data.hasIntercept, scratch);
      gradient.set(scratch.gradient);
      return scratch.loss;
    };
  }
  const scratch = createGradientScratch(p, data.response.length);
  return (parameters, gradient) => {
    evaluateLinearLoss(data.columns, data.response, parameters, data.hasIntercept, scratch);
    gradient.set(scratch.gradient);
    return scratch.loss;
  };
}

/**
 * Batch epochs: one update an epoch from the gradient of the same full-data pass that gave
 * the loss (per row, or O(p²) from the statistics when given). Complexity O(N·p) or O(p²) an epoch.
 */
export function fullBatchLinearLoop(
  data: LinearData,
  statistics: GramStatistics | null,
  rule: VectorUpdateRule,
): LinearEpochLoop {
  const evaluate = fullDataEvaluator(data, statistics);
  const gradient = new Float64Array(data.columns.length + 1);
  return {
    lossAt: (parameters) => evaluate(parameters, gradient),
    advance: (parameters) => applyVectorUpdate(rule, parameters, gradient),
  };
}

/**
 * Shuffled epochs, with the one-feature `shuffledLoop`'s semantics: every epoch reshuffles
 * one index buffer in place (Fisher–Yates from `createRandomSource(seed)`, one generator per
 * run), walks it in consecutive batches of `batchSize` rows (the last may be smaller) and
 * makes one update per batch from that batch's MSE gradient (the same kernel, over the batch's
 * rows). The recorded loss is the full-data MSE after the epoch. Complexity O(N·p) an epoch.
 */
export function shuffledLinearLoop(
  data: LinearData,
  statistics: GramStatistics | null,
  rule: VectorUpdateRule,
  batchSize: number,
  seed: number,
): LinearEpochLoop {
  const count = data.response.length;
  const random = createRandomSource(seed);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const evaluate = fullDataEvaluator(data, statistics);
  const unused = new Float64Array(data.columns.length + 1);
  const scratch = createGradientScratch(data.columns.length, Math.min(batchSize, count));
  return {
    lossAt: (parameters) => evaluate(parameters, unused),
    advance(parameters) {
      shuffleInPlace(order, random);
      for (let first = 0; first < count; first += batchSize) {
        const size = Math.min(count, first + batchSize) - first;
        evaluateLinearLoss(data.columns, data.response, parameters, data.hasIntercept, scratch, order, first, size);
        applyVectorUpdate(rule, parameters, scratch.gradient);
      }
    },
  };
}
