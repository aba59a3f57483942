import { pairwiseMean, pairwiseSum } from '../summation';
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
 * Computes the statistics in O(N·p²) time with pairwise (numpy-order) sums over centred
 * copies of the columns (O(N·p) extra memory). They are centred whether or not the model has
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
  const centredResponse = shifted(response, responseMean);
  const centredColumns = columns.map((column, j) => {
    const mean = pairwiseMean(column);
    featureMeans[j] = mean;
    return shifted(column, mean);
  });
  const gram = new Float64Array(p * p);
  const crossProducts = new Float64Array(p);
  const sumCentredFeatures = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) gram[j * p + k] = gram[k * p + j] = pairwiseDot(centredColumns[j]!, centredColumns[k]!);
    crossProducts[j] = pairwiseDot(centredColumns[j]!, centredResponse);
    sumCentredFeatures[j] = pairwiseSum(centredColumns[j]!);
  }
  const referenceWeights =
    p === 1 ? Float64Array.of(gram[0]! > 0 ? crossProducts[0]! / gram[0]! : 0) : pseudoSolve(gram, crossProducts, p);
  const weightResiduals = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let fitted = 0;
    for (let k = 0; k < p; k++) fitted += gram[j * p + k]! * referenceWeights[k]!;
    weightResiduals[j] = crossProducts[j]! - fitted;
  }
  const residuals = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += referenceWeights[j]! * centredColumns[j]![i]!;
    residuals[i] = centredResponse[i]! - fitted;
  }
  return {
    count,
    featureMeans,
    responseMean,
    sumCentredFeatures,
    sumCentredResponse: pairwiseSum(centredResponse),
    gram,
    crossProducts,
    responseSpread: pairwiseDot(centredResponse, centredResponse),
    referenceWeights,
    weightResiduals,
    minimalSumOfSquares: pairwiseDot(residuals, residuals),
  };
}

/** `values − shift` as a new column (a plain loop: a typed array's `map` costs a call per value). */
function shifted(values: Float64Array, shift: number): Float64Array {
  const result = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) result[i] = values[i]! - shift;
  return result;
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
