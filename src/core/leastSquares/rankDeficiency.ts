import { DataError } from '../dataError';
import type { SmallSvd } from './singularValues';

/**
 * Least squares has no unique answer: some coefficients can trade off against others without
 * changing the fit. `columns` names the terms involved ("the intercept" for the column of
 * ones); the message says what to do in plain words.
 */
export class RankDeficiencyError extends DataError {
  readonly columns: readonly string[];
  constructor(message: string, columns: readonly string[]) {
    super(message);
    this.name = 'RankDeficiencyError';
    this.columns = columns;
  }
}

/** Name used for the column of ones in messages. */
export const INTERCEPT_NAME = 'the intercept';

/**
 * The numerical rank of a design from the singular values of its (centred, column-scaled)
 * triangular factor: values at or below `σmax · max(N, m) · ε` count as zero, numpy's
 * `matrix_rank` rule. Returns the rank and the condition number σmax/σmin (Infinity when
 * σmin = 0). Complexity O(m).
 */
export function numericalRank(
  svd: SmallSvd,
  rows: number,
): { rank: number; tolerance: number; conditionNumber: number } {
  const m = svd.values.length;
  const largest = svd.values[0] ?? 0;
  const tolerance = largest * Math.max(rows, m) * Number.EPSILON;
  let rank = 0;
  while (rank < m && svd.values[rank]! > tolerance) rank++;
  const smallest = svd.values[m - 1] ?? 0;
  return { rank, tolerance, conditionNumber: smallest > 0 ? largest / smallest : Infinity };
}

/**
 * The columns that take part in the dependencies: every column with a weight of at least
 * 1e−4 (relative to the largest) in a right singular vector of a singular value at or below
 * `tolerance`. For a duplicated column that is the pair; for a column that is the sum of two
 * others, the three. Complexity O(m²).
 */
export function dependentColumns(svd: SmallSvd, tolerance: number, names: readonly string[]): string[] {
  const m = svd.values.length;
  const involved = new Set<number>();
  for (let k = 0; k < m; k++) {
    if (svd.values[k]! > tolerance) continue;
    let largest = 0;
    for (let i = 0; i < m; i++) largest = Math.max(largest, Math.abs(svd.rightVectors[i * m + k]!));
    for (let i = 0; i < m; i++) if (Math.abs(svd.rightVectors[i * m + k]!) >= 1e-4 * largest) involved.add(i);
  }
  return [...involved].sort((a, b) => a - b).map((i) => names[i]!);
}

/** "a", "a and b", "a, b and c". */
export function listNames(names: readonly string[]): string {
  const quoted = names.map((name) => (name === INTERCEPT_NAME ? name : `"${name}"`));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** The error for a rank-deficient design, naming the columns. */
export function rankDeficiencyError(columns: readonly string[]): RankDeficiencyError {
  const features = columns.filter((name) => name !== INTERCEPT_NAME);
  const withIntercept = features.length < columns.length;
  const message =
    features.length === 1 && withIntercept
      ? `"${features[0]}" is (nearly) constant, so its weight cannot be told apart from the intercept. Leave it out.`
      : `${listNames(features)} ${withIntercept ? 'together with the intercept ' : ''}are linearly dependent (one is, to working precision, a combination of the others), so least squares has no single answer. Leave one of them out${features.some((name) => name.includes('^')) ? ' or lower the polynomial degree' : ''}.`;
  return new RankDeficiencyError(message, columns);
}
