import { fitLinearLeastSquares } from '../../core/leastSquares/fitLinearLeastSquares';
import { createGradientScratch, evaluateLinearLoss } from '../../core/linearModel/lossAndGradient';
import type { ManyFeatureProblem } from './manyFeatureProblem';

/** How long each method took on the data on screen, as the median of several repeats (milliseconds). */
export interface CostTimings {
  /** One full pass of gradient descent: predictions, errors, the loss and the whole gradient. O(N·p). */
  readonly epochMilliseconds: number;
  /** One least-squares fit by Householder QR in doubles (no refinement). O(N·p²). */
  readonly leastSquaresMilliseconds: number;
  readonly rows: number;
  readonly terms: number;
  /** How many epochs cost as much as one QR fit. */
  readonly epochsPerFit: number;
}

/** Repeats of each measurement; their median is reported. */
const REPEATS = 7;

/**
 * Times one epoch of gradient descent and one QR fit on the problem's own data with the clock
 * given (`performance.now` in the page), each repeated {@link REPEATS} times, taking the
 * median. Blocks for the time it measures: about 7 QR fits. Throws what the fit throws.
 */
export function measureCosts(problem: ManyFeatureProblem, now: () => number): CostTimings {
  const { working, original } = problem;
  const columns = working.features.map((feature) => feature.values);
  const scratch = createGradientScratch(columns.length, working.response.length);
  const parameters = new Float64Array(columns.length + 1);
  const epoch = median(
    () => evaluateLinearLoss(columns, working.response, parameters, working.fitIntercept, scratch),
    now,
  );
  const fit = median(() => fitLinearLeastSquares(original, { refine: 'never' }), now);
  return {
    epochMilliseconds: epoch,
    leastSquaresMilliseconds: fit,
    rows: problem.rowCount,
    terms: problem.termNames.length,
    epochsPerFit: epoch > 0 ? fit / epoch : Number.POSITIVE_INFINITY,
  };
}

function median(work: () => void, now: () => number): number {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = now();
    work();
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(REPEATS / 2)]!;
}
