import type { Line } from '../line';
import { BLOCK, type BlockPowers, type ClosedFormRecurrence } from './closedFormEpochs';
import type { EpochValues } from './epochValues';

/**
 * One parameter of a closed-form run (the intercept or the slope) at epochs 0 … length − 1,
 * computed when asked instead of stored. Epoch 0 is the start; epoch k = 64·b + j is
 *
 *   best + (fastComponent·P_fast[b]·λ_fast^j + slowComponent·P_slow[b]·λ_slow^j),
 *
 * with P[b] the block start's power kept by the run (`BlockPowers`) and λʲ from the run's
 * tables: the very operations, on the very doubles, that `writeEpochs` performed for that
 * epoch, so every value is bit for bit the one the run's loss was computed from. A component
 * of 0 gives 0 even where the power overflowed, as in the loop.
 * O(1) per epoch read; holds the tables and powers of the run (about 1/64 of an array of
 * epochs), never anything reused by a later run.
 */
class ClosedFormValues implements EpochValues {
  readonly length: number;
  private readonly start: number;
  private readonly best: number;
  private readonly fastComponent: number;
  private readonly slowComponent: number;
  private readonly fastTable: Float64Array;
  private readonly slowTable: Float64Array;
  private readonly fastPowers: Float64Array;
  private readonly slowPowers: Float64Array;

  constructor(
    length: number,
    start: number,
    best: number,
    components: { readonly fast: number; readonly slow: number },
    recurrence: ClosedFormRecurrence,
    powers: BlockPowers,
  ) {
    this.length = length;
    this.start = start;
    this.best = best;
    this.fastComponent = components.fast;
    this.slowComponent = components.slow;
    this.fastTable = recurrence.fast.table;
    this.slowTable = recurrence.slow.table;
    this.fastPowers = powers.fast;
    this.slowPowers = powers.slow;
  }

  at(epoch: number): number | undefined {
    const index = Math.trunc(epoch) || 0;
    const k = index < 0 ? index + this.length : index;
    if (!(k >= 0 && k < this.length)) return undefined;
    if (k === 0) return this.start;
    const block = Math.floor(k / BLOCK);
    const j = k - block * BLOCK;
    const fast = this.fastComponent === 0 ? 0 : this.fastComponent * this.fastPowers[block]!;
    const slow = this.slowComponent === 0 ? 0 : this.slowComponent * this.slowPowers[block]!;
    return this.best + (fast * this.fastTable[j]! + slow * this.slowTable[j]!);
  }
}

/** The line of a closed-form run at every epoch, intercepts and slopes, computed when read. */
export interface ClosedFormPath {
  readonly intercepts: EpochValues;
  readonly slopes: EpochValues;
}

/**
 * The line at epochs 0 … `length` − 1 of the closed-form run that `writeEpochs` computed from
 * `recurrence` and `start`, leaving its block powers in `powers` (which must cover those
 * epochs). Reading epoch k costs O(1) and gives the doubles the run used for its loss at k.
 * Complexity O(1) to make; throws nothing.
 */
export function closedFormPath(
  recurrence: ClosedFormRecurrence,
  start: Line,
  powers: BlockPowers,
  length: number,
): ClosedFormPath {
  const { fast, slow } = recurrence;
  return {
    intercepts: new ClosedFormValues(
      length,
      start.intercept,
      recurrence.bestIntercept,
      { fast: fast.intercept, slow: slow.intercept },
      recurrence,
      powers,
    ),
    slopes: new ClosedFormValues(
      length,
      start.slope,
      recurrence.bestSlope,
      { fast: fast.slope, slow: slow.slope },
      recurrence,
      powers,
    ),
  };
}
