import { type Coefficients, predictRow } from '../../core/evaluation/modelErrors';
import type { ManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../regressionProblem';
import { leastSquaresCoefficients, trainingRows } from './fitErrors';
import type { HeldOut } from './heldOut';

/** At most this many rows of each part are kept for drawing (evenly spaced through the rows). */
export const DRAWN_RESIDUALS = 1500;
/** Rows of each part kept from the start, for the text alternative's table. */
export const LISTED_RESIDUALS = 50;

/** Fitted values ŷ and residuals y − ŷ of some rows of one part, in the response's own units. */
export interface ResidualPoints {
  readonly fitted: Float64Array;
  readonly residuals: Float64Array;
}

/** One part of the data (training or held out): its row count, the rows drawn and the first rows listed. */
export interface ResidualPart {
  readonly count: number;
  /** Every ⌈count / DRAWN_RESIDUALS⌉-th row, from the first. */
  readonly drawn: ResidualPoints;
  /** The first {@link LISTED_RESIDUALS} rows (fewer when the part has fewer). */
  readonly listed: ResidualPoints;
}

/** The least-squares fit's residuals against its fitted values, on the training rows and on the held-out rows (null when none). */
export interface Residuals {
  readonly training: ResidualPart;
  readonly test: ResidualPart | null;
  /** The residual of largest size, with its part and row (from 1 within the part). */
  readonly largest: { readonly residual: number; readonly part: 'training' | 'test'; readonly row: number };
}

type Largest = Residuals['largest'];

/** One pass over the rows: the drawn and listed points, and the largest residual (kept in `largest` when larger). */
function residualPart(
  model: Coefficients,
  terms: readonly Float64Array[],
  response: Float64Array,
  part: Largest['part'],
  largest: { current: Largest },
): ResidualPart {
  const count = response.length;
  const stride = Math.max(1, Math.ceil(count / DRAWN_RESIDUALS));
  const drawn = {
    fitted: new Float64Array(Math.ceil(count / stride)),
    residuals: new Float64Array(Math.ceil(count / stride)),
  };
  const listedCount = Math.min(count, LISTED_RESIDUALS);
  const listed = { fitted: new Float64Array(listedCount), residuals: new Float64Array(listedCount) };
  for (let i = 0; i < count; i++) {
    const fitted = predictRow(model, terms, i);
    const residual = response[i]! - fitted;
    if (Math.abs(residual) > Math.abs(largest.current.residual)) largest.current = { residual, part, row: i + 1 };
    if (i % stride === 0) {
      drawn.fitted[i / stride] = fitted;
      drawn.residuals[i / stride] = residual;
    }
    if (i < listedCount) {
      listed.fitted[i] = fitted;
      listed.residuals[i] = residual;
    }
  }
  return { count, drawn, listed };
}

/** The residuals computed for a problem, with the held-out rows they were computed with. */
const computed = new WeakMap<object, { heldOut: HeldOut | null; residuals: Residuals }>();

/**
 * The residuals `yᵢ − ŷᵢ` of the least-squares model (fitted on the training rows) against its
 * fitted values `ŷᵢ`, for the training rows and the held-out rows: every row is scanned once for
 * the largest residual, and only the rows drawn and listed are kept, so a million rows allocate
 * no array of a million. Memoised per problem and held-out rows. O((N + M)·p).
 */
export function leastSquaresResiduals(
  problem: RegressionProblem | ManyFeatureProblem,
  heldOut: HeldOut | null,
): Residuals {
  const known = computed.get(problem);
  if (known && known.heldOut === heldOut) return known.residuals;
  const model = leastSquaresCoefficients(problem);
  const rows = trainingRows(problem);
  const largest = { current: { residual: 0, part: 'training', row: 1 } as Largest };
  const training = residualPart(model, rows.terms, rows.response, 'training', largest);
  const test = heldOut ? residualPart(model, heldOut.terms, heldOut.response, 'test', largest) : null;
  const residuals = { training, test, largest: largest.current };
  computed.set(problem, { heldOut, residuals });
  return residuals;
}
