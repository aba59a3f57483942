import type { ImportedColumn } from '../../adapters/csv/types';
import { DataError } from '../../core/dataError';
import { pairedRows } from '../pairedRows';

/** The rows where every chosen column holds a number, as columns of the same length. */
export interface RowsOfColumns {
  /** One array per feature column, in the order given; then the response's. All finite. */
  readonly features: readonly Float64Array[];
  readonly response: Float64Array;
  readonly leftOutCount: number;
  /** A sentence about the rows left out, or null when every row is used. */
  readonly notice: string | null;
}

/**
 * Keeps the rows where each feature column and the response hold a finite number, in file
 * order. Each feature is first checked with the response as a pair (the one-feature rules: too
 * few rows, a constant column (allowed through the origin), values too large or too small to
 * square), and the first failure is thrown as a DataError naming the column. Two passes: O(N·p) time and new memory.
 */
export function usableRowsOfColumns(
  features: readonly ImportedColumn[],
  response: ImportedColumn,
  throughOrigin = false,
): RowsOfColumns {
  for (const feature of features) {
    const pair = pairedRows(feature, response);
    if (pair.ok) continue;
    // Without an intercept a constant column is a legitimate term (it plays the intercept's part).
    if (pair.problem.code === 'constant-feature' && throughOrigin) continue;
    if (pair.problem.code === 'constant-feature' && features.length > 1)
      throw new DataError(
        `Every usable value of “${feature.label}” is the same, so it adds nothing the intercept does not already do and least squares has no single answer. Untick it, or choose a column whose values vary.`,
      );
    throw new DataError(pair.problem.message);
  }
  const rowCount = response.values.length;
  const all = [...features, response];
  const keep = new Uint8Array(rowCount);
  let kept = 0;
  const missingBy = new Map<string, number>();
  for (let i = 0; i < rowCount; i++) {
    const gap = all.find((column) => Number.isNaN(column.values[i]!));
    if (gap) missingBy.set(gap.label, (missingBy.get(gap.label) ?? 0) + 1);
    else {
      keep[i] = 1;
      kept++;
    }
  }
  if (kept < 2)
    throw new DataError(
      `Only ${kept} row${kept === 1 ? ' has' : 's have'} a number in every chosen column; a fit needs at least two. Choose fewer features.`,
    );
  const take = (values: Float64Array) => {
    const out = new Float64Array(kept);
    for (let i = 0, k = 0; i < rowCount; i++) if (keep[i]) out[k++] = values[i]!;
    return out;
  };
  const leftOutCount = rowCount - kept;
  const causes = [...missingBy].map(([label, count]) => `${count.toLocaleString('en')} for “${label}”`).join(', ');
  return {
    features: features.map((column) => take(column.values)),
    response: take(response.values),
    leftOutCount,
    notice:
      leftOutCount === 0
        ? null
        : `${leftOutCount.toLocaleString('en')} of ${rowCount.toLocaleString('en')} rows are left out because a chosen column has no usable number there (${causes}).`,
  };
}
