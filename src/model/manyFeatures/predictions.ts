import type { LinearModel } from '../../core/linearModel/model';
import type { ManyFeatureProblem } from './manyFeatureProblem';
import { modelInOriginalUnits } from './modelUnits';

/** At most this many rows are drawn in the predicted-against-actual plot (evenly spaced through the data), as many as the scatter draws: each SVG marker costs plotly about 20 µs a redraw. */
export const DRAWN_ROWS = 1000;

/** Which rows to draw: every row up to {@link DRAWN_ROWS}, else an even stride through the data. O(k). */
export function drawnRows(rowCount: number, limit = DRAWN_ROWS): Uint32Array {
  const count = Math.min(rowCount, limit);
  const rows = new Uint32Array(count);
  for (let k = 0; k < count; k++) rows[k] = Math.floor((k * rowCount) / count);
  return rows;
}

/**
 * The predictions `b + w·x` of a working-units model on the given rows, in the response's
 * original units (the model is first mapped back with {@link modelInOriginalUnits}, then
 * evaluated on the original terms). O(k·p).
 */
export function predictionsInOriginalUnits(
  problem: ManyFeatureProblem,
  workingModel: LinearModel,
  rows: Uint32Array,
): Float64Array {
  const model = modelInOriginalUnits(workingModel, problem.termScalers, problem.responseScaler);
  return predictOriginal(problem, model, rows);
}

/** The predictions of a model already in original units on the given rows. O(k·p). */
export function predictOriginal(problem: ManyFeatureProblem, model: LinearModel, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  const columns = problem.original.features;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    let value = model.intercept;
    for (let j = 0; j < columns.length; j++) value += model.weights[j]! * columns[j]!.values[i]!;
    out[k] = value;
  }
  return out;
}
