import { pairwiseMean } from '../summation';
import { LEAF_ONES, leafBuffers, pairwiseBlockSums } from './blockedPairwise';
import { pairwiseDot } from './pairwiseDot';
import { symmetricEigen } from './symmetricEigen';

/**
 * The numbers the MSE of a many-feature model and its gradient depend on, taken about the
 * means so that nothing large cancels (the many-feature form of the one-feature
 * `SufficientStatistics`). With x'ᵢⱼ = xᵢⱼ − x̄ⱼ and y'ᵢ = yᵢ − ȳ: the Gram matrix `gram = X'ᵀX'`, `crossProducts = X'ᵀy'`, `Σx'` and `Σy'`
 * (≈ 0, kept for exactness), the response spread Σy'², a reference weight vector w* (the
 * least-squares weights, or any good approximation), `weightResiduals = X'ᵀy' − X'ᵀX'·w*` (≈ 0)
 * and `minimalSumOfSquares = Σ(y' − X'w*)²`, measured directly.
 */
export interface GramStatistics {
  readonly count: number;
  readonly featureMeans: Float64Array;
  readonly responseMean: number;
  readonly sumCentredFeatures: Float64Array;
  readonly sumCentredResponse: number;
  /** p×p, row-major. */
  readonly gram: Float64Array;
  readonly crossProducts: Float64Array;
  readonly responseSpread: number;
  readonly referenceWeights: Float64Array;
  readonly weightResiduals: Float64Array;
  readonly minimalSumOfSquares: number;
}

/**
 * Computes the statistics in O(N·p²) time with pairwise (numpy-order) sums of the centred
 * values, every sum in two blocked passes over the data (`pairwiseBlockSums`), O(p²·log N)
 * extra memory. They are centred whether or not the model has
 * an intercept: a model through the origin is the same loss with the intercept held at 0, and
 * centring keeps the Gram matrix as well conditioned as the data allow. The reference weights solve `X'ᵀX'·w* = X'ᵀy'` through the
 * eigen-decomposition of the Gram matrix scaled to unit diagonal, dropping eigenvalues below
 * 1e−13 of the largest, so a rank-deficient set of features (which gradient descent can still
 * run on) gets a minimum-norm w* instead of an error; for one feature w* = Σx'y'/Σx'² exactly
 * as the one-feature statistics have it. Throws nothing for finite input of at least one row.
 */
export function gramStatistics(columns: readonly Float64Array[], response: Float64Array): GramStatistics {
  const count = response.length;
  const p = columns.length;
  const featureMeans = new Float64Array(p);
  const responseMean = pairwiseMean(response);
  for (let j = 0; j < p; j++) featureMeans[j] = pairwiseMean(columns[j]!);
  // one blocked pass: the Gram's upper triangle, X'ᵀy', Σx', Σy' and Σy'², in that order
  const pairs = (p * (p + 1)) / 2;
  const scratch = leafBuffers(p + 1);
  const sums = pairwiseBlockSums(count, pairs + 2 * p + 2, (start, size, out) => {
    centreLeaf(columns, featureMeans, response, responseMean, start, size, scratch);
    const centredResponse = scratch[p]!;
    let index = 0;
    for (let j = 0; j < p; j++) {
      for (let k = j; k < p; k++) out[index++] = pairwiseDot(scratch[j]!, scratch[k]!, 0, size);
    }
    for (let j = 0; j < p; j++) out[pairs + j] = pairwiseDot(scratch[j]!, centredResponse, 0, size);
    for (let j = 0; j < p; j++) out[pairs + p + j] = pairwiseDot(scratch[j]!, LEAF_ONES, 0, size);
    out[pairs + 2 * p] = pairwiseDot(centredResponse, LEAF_ONES, 0, size);
    out[pairs + 2 * p + 1] = pairwiseDot(centredResponse, centredResponse, 0, size);
  });
  const gram = new Float64Array(p * p);
  let index = 0;
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      gram[j * p + k] = sums[index]!;
      gram[k * p + j] = sums[index++]!;
    }
  }
  const crossProducts = sums.slice(pairs, pairs + p);
  const sumCentredFeatures = sums.slice(pairs + p, pairs + 2 * p);
  const referenceWeights =
    p === 1 ? Float64Array.of(gram[0]! > 0 ? crossProducts[0]! / gram[0]! : 0) : pseudoSolve(gram, crossProducts, p);
  const weightResiduals = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let fitted = 0;
    for (let k = 0; k < p; k++) fitted += gram[j * p + k]! * referenceWeights[k]!;
    weightResiduals[j] = crossProducts[j]! - fitted;
  }
  // a second blocked pass: the residual sum of squares at the reference weights
  const [minimalSumOfSquares] = pairwiseBlockSums(count, 1, (start, size, out) => {
    centreLeaf(columns, featureMeans, response, responseMean, start, size, scratch);
    const residuals = scratch[p]!;
    for (let i = 0; i < size; i++) {
      let fitted = 0;
      for (let j = 0; j < p; j++) fitted += referenceWeights[j]! * scratch[j]![i]!;
      residuals[i] = residuals[i]! - fitted;
    }
    out[0] = pairwiseDot(residuals, residuals, 0, size);
  });
  return {
    count,
    featureMeans,
    responseMean,
    sumCentredFeatures,
    sumCentredResponse: sums[pairs + 2 * p]!,
    gram,
    crossProducts,
    responseSpread: sums[pairs + 2 * p + 1]!,
    referenceWeights,
    weightResiduals,
    minimalSumOfSquares: minimalSumOfSquares!,
  };
}

/** Copies rows start … start+size−1 of every column, minus its mean, into the leaf buffers (the response last). */
function centreLeaf(
  columns: readonly Float64Array[],
  means: Float64Array,
  response: Float64Array,
  responseMean: number,
  start: number,
  size: number,
  scratch: Float64Array[],
): void {
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j]!;
    const buffer = scratch[j]!;
    const mean = means[j]!;
    for (let i = 0; i < size; i++) buffer[i] = column[start + i]! - mean;
  }
  const buffer = scratch[columns.length]!;
  for (let i = 0; i < size; i++) buffer[i] = response[start + i]! - responseMean;
}

/** w = D·V·Λ⁺·Vᵀ·D·b for the unit-diagonal scaling D·G·D = V·Λ·Vᵀ. O(p³). */
function pseudoSolve(gram: Float64Array, right: Float64Array, p: number): Float64Array {
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) scale[j] = gram[j * p + j]! > 0 ? 1 / Math.sqrt(gram[j * p + j]!) : 1;
  const scaled = gram.map((value, index) => value * scale[Math.floor(index / p)]! * scale[index % p]!);
  const { values, vectors } = symmetricEigen(scaled, p);
  const cutoff = 1e-13 * Math.max(values[0]!, 0);
  const solution = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    if (!(values[k]! > cutoff)) continue;
    let projection = 0;
    for (let j = 0; j < p; j++) projection += vectors[j * p + k]! * scale[j]! * right[j]!;
    const coefficient = projection / values[k]!;
    for (let j = 0; j < p; j++) solution[j] = solution[j]! + coefficient * vectors[j * p + k]! * scale[j]!;
  }
  return solution;
}

/** Scratch the evaluator writes: the loss and `[∂/∂intercept, ∂/∂w₁, …]`. */
export interface GramScratch {
  loss: number;
  readonly gradient: Float64Array;
  readonly weightError: Float64Array;
  readonly gramTimesError: Float64Array;
}

/** Scratch for p features. */
export function createGramScratch(featureCount: number): GramScratch {
  return {
    loss: 0,
    gradient: new Float64Array(featureCount + 1),
    weightError: new Float64Array(featureCount),
    gramTimesError: new Float64Array(featureCount),
  };
}

/**
 * MSE and gradient at `parameters` = `[intercept, w₁, …, w_p]` from the statistics alone, in
 * O(p²) whatever N. With d = w − w*, c = ȳ − b − w·x̄ and S = Σy' − w·Σx' (the residual
 * rᵢ = yᵢ − pᵢ = (y'ᵢ − w·x'ᵢ) + c):
 * `Σr² = RSS* + dᵀGd − 2dᵀq + 2c·S + N·c²`, a sum of main terms that do not cancel near the
 * minimum; `Σr = S + N·c`; `Σxⱼ·r = (qⱼ − (Gd)ⱼ + c·Σx'ⱼ) + x̄ⱼ·Σr`. Then MSE = Σr²/N (floored at
 * 0), `∂/∂wⱼ = −(2/N)·Σxⱼr`, `∂/∂b = −(2/N)·Σr`. Without intercept b is read as 0 and its
 * gradient written as 0. For p = 1 these are the
 * one-feature formulas term for term. Agrees with the per-point kernel to ~1e−12 relative (see
 * the property test). Writes into `out`; no allocation.
 */
export function evaluateFromGram(
  stats: GramStatistics,
  parameters: Float64Array,
  hasIntercept: boolean,
  out: GramScratch,
): void {
  const {
    count,
    featureMeans,
    responseMean,
    sumCentredFeatures,
    sumCentredResponse,
    gram,
    referenceWeights,
    weightResiduals,
    minimalSumOfSquares,
  } = stats;
  const p = featureMeans.length;
  const { weightError, gramTimesError, gradient } = out;
  const intercept = hasIntercept ? parameters[0]! : 0;
  let predictedMean = 0;
  let predictedCentredSum = 0;
  for (let j = 0; j < p; j++) {
    const weight = parameters[j + 1]!;
    weightError[j] = weight - referenceWeights[j]!;
    predictedMean += weight * featureMeans[j]!;
    predictedCentredSum += weight * sumCentredFeatures[j]!;
  }
  let quadratic = 0;
  let linear = 0;
  for (let j = 0; j < p; j++) {
    let product = 0;
    for (let k = 0; k < p; k++) product += gram[j * p + k]! * weightError[k]!;
    gramTimesError[j] = product;
    quadratic += weightError[j]! * product;
    linear += weightError[j]! * weightResiduals[j]!;
  }
  const meanOffset = responseMean - intercept - predictedMean;
  const centredResidualSum = sumCentredResponse - predictedCentredSum;
  const sumResiduals = centredResidualSum + count * meanOffset;
  const sumSquaredResiduals =
    minimalSumOfSquares +
    quadratic -
    2 * linear +
    2 * meanOffset * centredResidualSum +
    count * meanOffset * meanOffset;
  out.loss = Math.max(0, sumSquaredResiduals) / count;
  gradient[0] = hasIntercept ? -(2 / count) * sumResiduals : 0;
  for (let j = 0; j < p; j++) {
    const featureTimesResidual =
      weightResiduals[j]! - gramTimesError[j]! + meanOffset * sumCentredFeatures[j]! + featureMeans[j]! * sumResiduals;
    gradient[j + 1] = -(2 / count) * featureTimesResidual;
  }
}
