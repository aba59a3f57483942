import { multiplyDoubleDouble } from '../doubleDouble/errorFreeTransforms';

/** Epochs per block: within a block the powers λʲ come from a table, and each block start's λᵏ from the one before. */
export const BLOCK = 64;

/** One eigen-direction of the run: the start's component along it, λʲ for j < {@link BLOCK}, and λ^BLOCK as a double-double [high, low]. */
export interface EigenSeries {
  readonly intercept: number;
  readonly slope: number;
  readonly table: Float64Array;
  readonly stride: Float64Array;
}

/**
 * What every epoch of a closed-form run is computed from, gathered once per run: the two
 * eigen-directions and the statistics the loss formula reads (`twiceSlopeResidual` is
 * 2 × `slopeResidual`, exact).
 */
export interface ClosedFormRecurrence {
  readonly fast: EigenSeries;
  readonly slow: EigenSeries;
  readonly bestIntercept: number;
  readonly bestSlope: number;
  readonly count: number;
  readonly featureMean: number;
  readonly responseMean: number;
  readonly sumCentredFeature: number;
  readonly sumCentredResponse: number;
  readonly featureSpread: number;
  readonly twiceSlopeResidual: number;
  readonly minimalSumOfSquares: number;
}

/**
 * Where a run keeps λᵢᵏ of each block start k = 64·b (the high double of the double-double,
 * entry b): with the tables of λʲ, all it takes to give the line at any epoch again
 * (`closedFormLine.ts`). Each needs ⌊epochs / 64⌋ + 1 entries.
 */
export interface BlockPowers {
  readonly fast: Float64Array;
  readonly slow: Float64Array;
}

/** Entries a {@link BlockPowers} array needs for a run of `epochs` epochs. */
export function blockCount(epochs: number): number {
  return Math.floor(epochs / BLOCK) + 1;
}

/**
 * Computes epochs 1 … `epochs` of the run, writes their losses into `losses` (epoch 0, the
 * start, is the caller's) and each block start's powers into `powers`, and returns the last
 * epoch written: the first whose loss is above `limit` or not a number (diverged), else the
 * first whose loss has settled against the epoch before within `tolerance` when `settles`
 * (`hasLossSettled`, written out), else `epochs`. Epoch k's line is θ* + Σᵢ λᵢᵏ·cᵢ with
 * λᵢᵏ = (λᵢ^64)^⌊k/64⌋·λᵢ^(k mod 64), the block power carried as a double-double; its loss is
 * the statistics' formula at that line, term for term as `statisticsEvaluator` computes it.
 * The line itself is not stored: `closedFormLine.ts` computes it again, the same arithmetic
 * on the same doubles, for the epochs a reader asks for (storing it cost a fifth of the run).
 *
 * The hot loop of the closed form, kept apart so that the JIT compiles it whole: it reads
 * only numbers and typed arrays, calls nothing but the double-double product once a block,
 * and has no call site that a usual run leaves unvisited (such a site, reached at the end of
 * every run, made the optimised code bail out on each call). O(1) work an epoch, no allocation.
 * Throws nothing.
 */
export function writeEpochs(
  recurrence: ClosedFormRecurrence,
  losses: Float64Array,
  powers: BlockPowers,
  epochs: number,
  limit: number,
  settles: boolean,
  tolerance: number,
): number {
  const {
    fast,
    slow,
    bestIntercept,
    bestSlope,
    count,
    featureMean,
    responseMean,
    sumCentredFeature,
    sumCentredResponse,
    featureSpread,
    twiceSlopeResidual,
    minimalSumOfSquares,
  } = recurrence;
  const fastPowers = powers.fast;
  const slowPowers = powers.slow;
  // The loss clamps the sum at 0 with `s < 0 ? 0 : s`, which is Math.max(0, s) on every sum
  // that can arise (NaN stays NaN; the two differ only at −0, and the sum is never −0: it
  // adds and subtracts terms to the residual minimum, a sum of squares that is +0 or more, and
  // x ± y is −0 only when x is), and about a tenth faster here (measured).
  const fastTable = fast.table;
  const slowTable = slow.table;
  // λᵏ at the block start, as double-doubles [high, low]
  const fastPowerPair = Float64Array.of(1, 0);
  const slowPowerPair = Float64Array.of(1, 0);
  for (let blockStart = 0; blockStart <= epochs; blockStart += BLOCK) {
    const fastPower = fastPowerPair[0]!;
    const slowPower = slowPowerPair[0]!;
    const block = blockStart / BLOCK;
    fastPowers[block] = fastPower;
    slowPowers[block] = slowPower;
    multiplyDoubleDouble(fastPower, fastPowerPair[1]!, fast.stride[0]!, fast.stride[1]!, fastPowerPair);
    multiplyDoubleDouble(slowPower, slowPowerPair[1]!, slow.stride[0]!, slow.stride[1]!, slowPowerPair);
    // the component along each eigenvector at the block start (0 stays 0 even when the power overflows)
    const fastIntercept = fast.intercept === 0 ? 0 : fast.intercept * fastPower;
    const fastSlope = fast.slope === 0 ? 0 : fast.slope * fastPower;
    const slowIntercept = slow.intercept === 0 ? 0 : slow.intercept * slowPower;
    const slowSlope = slow.slope === 0 ? 0 : slow.slope * slowPower;
    const end = Math.min(epochs + 1 - blockStart, BLOCK);
    // Two copies of the epoch: the tolerance test costs a fifth of the time even when it is
    // off (measured), so the loop without a tolerance does not carry it.
    if (!settles) {
      for (let j = blockStart === 0 ? 1 : 0; j < end; j++) {
        const fastShare = fastTable[j]!;
        const slowShare = slowTable[j]!;
        const intercept = bestIntercept + (fastIntercept * fastShare + slowIntercept * slowShare);
        const slope = bestSlope + (fastSlope * fastShare + slowSlope * slowShare);
        const epoch = blockStart + j;
        const slopeError = slope - bestSlope;
        const meanOffset = responseMean - intercept - slope * featureMean;
        const centredResidualSum = sumCentredResponse - slope * sumCentredFeature;
        const sumSquaredResiduals =
          minimalSumOfSquares +
          featureSpread * slopeError * slopeError -
          slopeError * twiceSlopeResidual +
          2 * meanOffset * centredResidualSum +
          count * meanOffset * meanOffset;
        // biome-ignore lint/complexity/useMathMinMax: Math.max(0, ·) costs a tenth of the run here (see above)
        const loss = (sumSquaredResiduals < 0 ? 0 : sumSquaredResiduals) / count;
        losses[epoch] = loss;
        if (!(loss <= limit)) return epoch;
      }
      continue;
    }
    for (let j = blockStart === 0 ? 1 : 0; j < end; j++) {
      const fastShare = fastTable[j]!;
      const slowShare = slowTable[j]!;
      const intercept = bestIntercept + (fastIntercept * fastShare + slowIntercept * slowShare);
      const slope = bestSlope + (fastSlope * fastShare + slowSlope * slowShare);
      const epoch = blockStart + j;
      const slopeError = slope - bestSlope;
      const meanOffset = responseMean - intercept - slope * featureMean;
      const centredResidualSum = sumCentredResponse - slope * sumCentredFeature;
      const sumSquaredResiduals =
        minimalSumOfSquares +
        featureSpread * slopeError * slopeError -
        slopeError * twiceSlopeResidual +
        2 * meanOffset * centredResidualSum +
        count * meanOffset * meanOffset;
      // biome-ignore lint/complexity/useMathMinMax: Math.max(0, ·) costs a tenth of the run here (see above)
      const loss = (sumSquaredResiduals < 0 ? 0 : sumSquaredResiduals) / count;
      losses[epoch] = loss;
      if (!(loss <= limit)) return epoch;
      const previousLoss = losses[epoch - 1]!;
      if (Math.abs(loss - previousLoss) <= tolerance * Math.max(previousLoss, Number.MIN_VALUE)) return epoch;
    }
  }
  return epochs;
}
