import { createGramScratch, evaluateFromGram, type GramStatistics } from '../linearModel/gramStatistics';
import type { ParameterRange } from './lossSurface';
import { MAX_SURFACE_RESOLUTION } from './lossSurface';

/**
 * The MSE of a many-feature model on a plane through its parameter space: two parameters
 * vary (`across` and `up`, indices into `[intercept, w₁, …, w_p]`), every other one is held
 * where `parameters` has it. The MSE is a quadratic in the parameters, so on the plane it is
 * exactly `centreLoss + gᵀe + ½·eᵀ·H₂·e` with e the offset from `centre`, g the gradient there
 * (zero when the centre is the plane's lowest point) and H₂ the 2×2 block of the Hessian
 * `(2/N)·AᵀA` (A = [1 | X]) for the two parameters.
 */
export interface LossSlice {
  readonly across: number;
  readonly up: number;
  /** True when H₂ is positive definite and `centre` is the plane's lowest point. */
  readonly hasLowestPoint: boolean;
  /** The values of the two parameters the form is expanded about: the plane's lowest point when there is one. */
  readonly centre: readonly [across: number, up: number];
  /** The MSE at the centre (the lowest loss on the plane when `hasLowestPoint`). */
  readonly centreLoss: number;
  /** The MSE's gradient along the two parameters at the centre: [0, 0] at the lowest point. */
  readonly centreGradient: readonly [across: number, up: number];
  /** H₂ = [[acrossAcross, acrossUp], [acrossUp, upUp]]. */
  readonly curvature: { readonly acrossAcross: number; readonly acrossUp: number; readonly upUp: number };
}

/** Where the plane passes and which two parameters span it. */
export interface LossSliceRequest {
  readonly statistics: GramStatistics;
  readonly hasIntercept: boolean;
  /** `[intercept, w₁, …, w_p]`; the parameters other than `across` and `up` are held here. */
  readonly parameters: ArrayLike<number>;
  /** Index of the parameter drawn across (0 the intercept, j the weight of feature j). */
  readonly across: number;
  /** Index of the parameter drawn up; not `across`. */
  readonly up: number;
}

/**
 * The quadratic of the MSE on the plane of two parameters, from the Gram statistics alone:
 * O(p²) whatever the number of rows. The Hessian entries are `(2/N)·Σ aᵢaⱼ` of the design with a
 * column of ones, `Σ1 = N`, `Σxⱼ = N·x̄ⱼ + Σx'ⱼ`, `Σxⱼxₖ = Gⱼₖ + x̄ⱼΣx'ₖ + x̄ₖΣx'ⱼ + N·x̄ⱼx̄ₖ`; the
 * gradient at `parameters` comes from `evaluateFromGram`; the plane's lowest point solves
 * `H₂·d = −g₂`, and its loss is evaluated there again by `evaluateFromGram` (a sum of terms
 * that do not cancel), so every loss on the plane is that minimum plus a non-negative form.
 * When H₂ is numerically singular (the two parameters move the fit the same way) the form is
 * expanded about `parameters` itself, with its gradient. Throws a RangeError for an index out of range, the intercept of a model
 * without one, the same parameter twice, or parameters of the wrong length or not finite.
 */
export function lossSlice(request: LossSliceRequest): LossSlice {
  const { statistics, hasIntercept, parameters, across, up } = request;
  const p = statistics.featureMeans.length;
  if (parameters.length !== p + 1)
    throw new RangeError(
      `The slice needs ${p + 1} parameters (intercept and ${p} weights); it got ${parameters.length}.`,
    );
  for (let j = 0; j <= p; j++)
    if (!Number.isFinite(parameters[j]!)) throw new RangeError('Every parameter of the slice must be finite.');
  for (const index of [across, up]) {
    if (!Number.isInteger(index) || index < 0 || index > p)
      throw new RangeError(`Parameter ${index} is not one of the model's ${p + 1}.`);
    if (index === 0 && !hasIntercept) throw new RangeError('A model through the origin has no intercept to draw.');
  }
  if (across === up) throw new RangeError('The two axes of a slice must be different parameters.');
  const curvature = {
    acrossAcross: hessianEntry(statistics, across, across),
    acrossUp: hessianEntry(statistics, across, up),
    upUp: hessianEntry(statistics, up, up),
  };
  const base = Float64Array.from(parameters);
  if (!hasIntercept) base[0] = 0;
  const scratch = createGramScratch(p);
  evaluateFromGram(statistics, base, hasIntercept, scratch);
  const gradientAcross = scratch.gradient[across]!;
  const gradientUp = scratch.gradient[up]!;
  const { acrossAcross: a, acrossUp: b, upUp: c } = curvature;
  const determinant = a * c - b * b;
  if (!(determinant > 1e-14 * a * c)) {
    return {
      across,
      up,
      hasLowestPoint: false,
      centre: [base[across]!, base[up]!],
      centreLoss: scratch.loss,
      centreGradient: [gradientAcross, gradientUp],
      curvature,
    };
  }
  base[across] = base[across]! + (-gradientAcross * c + gradientUp * b) / determinant;
  base[up] = base[up]! + (-gradientUp * a + gradientAcross * b) / determinant;
  evaluateFromGram(statistics, base, hasIntercept, scratch);
  return {
    across,
    up,
    hasLowestPoint: true,
    centre: [base[across]!, base[up]!],
    centreLoss: scratch.loss,
    centreGradient: [0, 0],
    curvature,
  };
}

/** The MSE on the plane at (acrossValue, upValue): `centreLoss + gᵀe + ½·eᵀH₂e`, floored at 0. O(1). */
export function lossOnSlice(slice: LossSlice, acrossValue: number, upValue: number): number {
  const du = acrossValue - slice.centre[0];
  const dv = upValue - slice.centre[1];
  const { acrossAcross, acrossUp, upUp } = slice.curvature;
  const linear = slice.centreGradient[0] * du + slice.centreGradient[1] * dv;
  const quadratic = 0.5 * (acrossAcross * du * du + upUp * dv * dv) + acrossUp * du * dv;
  return Math.max(0, slice.centreLoss + linear + quadratic);
}

/** The loss on a grid of the plane: `rows[j][i]` at (acrossValues[i], upValues[j]), for a contour plot. */
export interface LossSliceGrid {
  readonly acrossValues: Float64Array;
  readonly upValues: Float64Array;
  readonly rows: readonly Float64Array[];
}

/**
 * The MSE at every point of an evenly spaced grid (both ends exact) over the two ranges, O(1) a
 * cell from {@link lossOnSlice}. Throws a RangeError for a range that is empty, reversed or not
 * finite, or a resolution that is not a whole number from 2 to {@link MAX_SURFACE_RESOLUTION}.
 */
export function lossSliceGrid(
  slice: LossSlice,
  acrossRange: ParameterRange,
  upRange: ParameterRange,
  resolution: number,
): LossSliceGrid {
  const acrossValues = evenlySpaced(acrossRange, resolution);
  const upValues = evenlySpaced(upRange, resolution);
  const rows = Array.from(upValues, (upValue) =>
    acrossValues.map((acrossValue) => lossOnSlice(slice, acrossValue, upValue)),
  );
  return { acrossValues, upValues, rows };
}

function hessianEntry(statistics: GramStatistics, j: number, k: number): number {
  const { count, featureMeans: means, sumCentredFeatures: centred, gram } = statistics;
  const p = means.length;
  if (j === 0 && k === 0) return 2;
  if (j === 0 || k === 0) {
    const feature = Math.max(j, k) - 1;
    return (2 / count) * (count * means[feature]! + centred[feature]!);
  }
  const a = j - 1;
  const b = k - 1;
  const sum = gram[a * p + b]! + means[a]! * centred[b]! + means[b]! * centred[a]! + count * means[a]! * means[b]!;
  return (2 / count) * sum;
}

function evenlySpaced([low, high]: ParameterRange, count: number): Float64Array {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high))
    throw new RangeError('A slice range must run from a lower to a higher finite value.');
  if (!Number.isInteger(count) || count < 2 || count > MAX_SURFACE_RESOLUTION)
    throw new RangeError(`The slice resolution must be a whole number from 2 to ${MAX_SURFACE_RESOLUTION}.`);
  const points = new Float64Array(count);
  for (let i = 0; i < count; i++) points[i] = low + ((high - low) * i) / (count - 1);
  points[count - 1] = high;
  return points;
}
