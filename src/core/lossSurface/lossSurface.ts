import { assertFittable } from '../columns';
import {
  type SufficientStatistics,
  statisticsEvaluator,
  sufficientStatistics,
} from '../gradientDescent/sufficientStatistics';

/** A closed interval [low, high] of one parameter. */
export type ParameterRange = readonly [low: number, high: number];

/** The data, the parameter ranges to cover, and how finely. */
export interface LossSurfaceRequest {
  readonly feature: ArrayLike<number>;
  readonly response: ArrayLike<number>;
  /** `sufficientStatistics(feature, response)` when already computed: the rows are then not read. */
  readonly statistics?: SufficientStatistics;
  readonly interceptRange: ParameterRange;
  readonly slopeRange: ParameterRange;
  /** Grid points per axis (both ends included): one number for both, or one per axis. */
  readonly resolution: number | { readonly intercepts: number; readonly slopes: number };
}

/**
 * The MSE on a grid of lines, ready for a contour plot with intercepts across and slopes up.
 * `losses` is row-major with one row per slope: the loss of the line (intercepts[i], slopes[j])
 * is `losses[j · intercepts.length + i]`, and `rows[j]` is row j as a view into the same buffer
 * (the `z` a plotly contour expects, with `x = intercepts`, `y = slopes`).
 */
export interface LossSurface {
  readonly intercepts: Float64Array;
  readonly slopes: Float64Array;
  readonly losses: Float64Array;
  readonly rows: readonly Float64Array[];
}

/** The largest grid a request may ask for along one axis (a million cells in all). */
export const MAX_SURFACE_RESOLUTION = 1000;

/**
 * Evaluates the MSE at every grid line from the data's sufficient statistics, O(1) a cell
 * instead of O(n): the loss is the exact quadratic `MSE* + Σx'²(b − b*)²/N + …` of
 * `statisticsEvaluator`, which matches a per-point evaluation to ~1e−15 relative.
 * Grid points are evenly spaced, `low + (high − low)·i/(count − 1)`, with both ends exact.
 * Complexity O(n + cells), or O(cells) given the statistics; memory 8 bytes a cell.
 * Throws a DataError for unfittable data or a constant feature, and a RangeError for a range
 * that is empty, reversed or not finite, or a resolution that is not a whole number in
 * 2 … {@link MAX_SURFACE_RESOLUTION}.
 */
export function lossSurface(request: LossSurfaceRequest): LossSurface {
  const { feature, response, resolution } = request;
  if (!request.statistics) assertFittable(feature, response);
  const counts = typeof resolution === 'number' ? { intercepts: resolution, slopes: resolution } : resolution;
  const intercepts = gridPoints(request.interceptRange, counts.intercepts, 'intercept');
  const slopes = gridPoints(request.slopeRange, counts.slopes, 'slope');
  const evaluate = statisticsEvaluator(request.statistics ?? sufficientStatistics(feature, response));
  const scratch = { loss: 0, gradientIntercept: 0, gradientSlope: 0 };
  const columns = intercepts.length;
  const losses = new Float64Array(columns * slopes.length);
  const rows: Float64Array[] = [];
  for (let j = 0; j < slopes.length; j++) {
    const slope = slopes[j]!;
    for (let i = 0; i < columns; i++) {
      evaluate(intercepts[i]!, slope, scratch);
      losses[j * columns + i] = scratch.loss;
    }
    rows.push(losses.subarray(j * columns, (j + 1) * columns));
  }
  return { intercepts, slopes, losses, rows };
}

function gridPoints([low, high]: ParameterRange, count: number, name: string): Float64Array {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high))
    throw new RangeError(`The ${name} range must run from a lower to a higher finite value.`);
  if (!Number.isInteger(count) || count < 2 || count > MAX_SURFACE_RESOLUTION) {
    throw new RangeError(`The ${name} resolution must be a whole number from 2 to ${MAX_SURFACE_RESOLUTION}.`);
  }
  const points = new Float64Array(count);
  for (let i = 0; i < count; i++) points[i] = low + ((high - low) * i) / (count - 1);
  points[count - 1] = high;
  return points;
}
