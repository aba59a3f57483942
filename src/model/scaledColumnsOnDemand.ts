import { applyScaler, applyScalerInto, type MinMaxScaler } from '../core/scaling';
import type { RegressionProblem } from './regressionProblem';

/**
 * Above this many rows a scaled problem on the page does not keep its scaled columns: they are
 * made again from the original columns when something reads them (see {@link withScaledColumnsOnDemand}).
 */
export const SCALED_ON_DEMAND_ROWS = 200_000;

/**
 * `problem` with its scaled `feature` and `response` made from `rawFeature` and `rawResponse`
 * when read, by the same arithmetic (so bit for bit the arrays it was prepared with), and kept
 * only as long as something else holds them: the garbage collector may let them go, and the
 * next read makes them again (O(N)). On a million rows this saves 16 MB, a third of what the
 * loaded data holds, for the price of a few milliseconds on the rare reads of every scaled row
 * (a batch run, the plots and the lessons work from the problem's statistics and the original
 * columns). Unscaled or small problems are returned as they are.
 */
export function withScaledColumnsOnDemand(problem: RegressionProblem): RegressionProblem {
  if (!scalesOnRead(problem)) return problem;
  const { feature: _feature, response: _response, ...rest } = problem;
  const withoutColumns = { ...rest } as Omit<RegressionProblem, 'feature' | 'response'>;
  return Object.defineProperties(withoutColumns, {
    feature: { get: scaledOnRead(problem.rawFeature, problem.featureScaler), enumerable: true },
    response: { get: scaledOnRead(problem.rawResponse, problem.responseScaler), enumerable: true },
  }) as RegressionProblem;
}

/** What {@link workingRows} reads of a problem: its columns in both units, and its scalers. */
export type WorkingColumns = Pick<
  RegressionProblem,
  'rowCount' | 'scaled' | 'feature' | 'response' | 'rawFeature' | 'rawResponse' | 'featureScaler' | 'responseScaler'
>;

/** Where a working column's values come from: the column itself, or an original column and the scaler that makes it. */
export interface ColumnSource {
  readonly values: Float64Array;
  readonly scaler?: MinMaxScaler;
}

/**
 * The sources of the problem's working columns: for a problem that makes them on read, its
 * original columns with their scalers (so a reader can scale only the rows it takes), else the
 * working columns themselves. Reads no row. O(1).
 */
export function workingColumnSources(problem: WorkingColumns): { feature: ColumnSource; response: ColumnSource } {
  if (!scalesOnRead(problem)) return { feature: { values: problem.feature }, response: { values: problem.response } };
  return {
    feature: { values: problem.rawFeature, scaler: problem.featureScaler },
    response: { values: problem.rawResponse, scaler: problem.responseScaler },
  };
}

/** Whether `problem` makes its scaled columns on read (see {@link withScaledColumnsOnDemand}). */
export function scalesOnRead(problem: Pick<RegressionProblem, 'scaled' | 'rowCount'>): boolean {
  return problem.scaled && problem.rowCount > SCALED_ON_DEMAND_ROWS;
}

/** A getter of `raw` scaled by `scaler`, remembered weakly: the same array while anything holds it. */
function scaledOnRead(raw: Float64Array, scaler: MinMaxScaler): () => Float64Array {
  let remembered: WeakRef<Float64Array> | null = null;
  return () => {
    const kept = remembered?.deref();
    if (kept) return kept;
    const scaled = applyScaler(scaler, raw);
    remembered = new WeakRef(scaled);
    return scaled;
  };
}

/**
 * `problem` as a worker hands it to the page: without the scaled columns that the page makes on
 * read (empty arrays in their place), so they are neither copied nor transferred. The page puts
 * them back with {@link withScaledColumnsOnDemand}. O(1).
 */
export function withoutColumnsMadeOnRead(problem: RegressionProblem): RegressionProblem {
  if (!scalesOnRead(problem)) return problem;
  return { ...problem, feature: new Float64Array(0), response: new Float64Array(0) };
}

/**
 * Rows 0, stride, 2·stride, … (at most `limit` of them) of the problem's working columns (scaled
 * when scaling is on), each value exactly as in `problem.feature` and `problem.response`, but
 * without making the whole scaled columns of a problem that scales on read: only these rows are
 * scaled. For samples and the first rows of a table. O(rows taken).
 */
export function workingRows(
  problem: WorkingColumns,
  stride = 1,
  limit = Number.POSITIVE_INFINITY,
): { feature: Float64Array; response: Float64Array } {
  const count = Math.min(limit, Math.ceil(problem.rowCount / stride));
  const sources = workingColumnSources(problem);
  const take = ({ values, scaler }: ColumnSource) => {
    const taken = new Float64Array(count);
    for (let k = 0; k < count; k++) taken[k] = values[k * stride]!;
    return scaler ? applyScalerInto(scaler, taken, 0, count, taken) : taken;
  };
  return { feature: take(sources.feature), response: take(sources.response) };
}
