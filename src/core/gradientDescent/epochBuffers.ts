import { type BlockPowers, blockCount } from './closedFormEpochs';

/**
 * Arrays a run writes its epochs into (entry k: the line after k epochs and its MSE), given by
 * the caller so that one run after another reuses the same memory. Each must hold at least
 * epochs + 1 entries; a run writes entries 0 … its last epoch and leaves the rest as they were.
 * A closed-form run writes only `losses`, and its block powers into `blockPowers` when they
 * are given and long enough (⌊epochs / 64⌋ + 1 entries each); its line is computed from them
 * when read, so they belong to the run as long as its losses do.
 */
export interface EpochBuffers {
  readonly intercepts: Float64Array;
  readonly slopes: Float64Array;
  readonly losses: Float64Array;
  readonly blockPowers?: BlockPowers;
}

/** The arrays a run of `epochs` epochs writes into, and whether they are the caller's (reused) or its own. */
export interface EpochArrays extends EpochBuffers {
  readonly reused: boolean;
}

/**
 * The caller's buffers when given (they must hold epochs + 1 entries), else three fresh arrays
 * of epochs + 1 zeros. Fresh multi-megabyte arrays are what a long run used to spend most of
 * its time on: the operating system maps and zeroes every page of them on first write (about
 * 1,200 page faults for the 4.8 MB of a 200,000-epoch run). Throws a RangeError when a buffer
 * is too short. Complexity O(1) reused, O(epochs) fresh.
 */
export function epochArrays(epochs: number, buffers?: EpochBuffers): EpochArrays {
  const length = epochs + 1;
  if (!buffers) {
    return {
      intercepts: new Float64Array(length),
      slopes: new Float64Array(length),
      losses: new Float64Array(length),
      reused: false,
    };
  }
  const { intercepts, slopes, losses } = buffers;
  if (intercepts.length < length || slopes.length < length || losses.length < length)
    throw new RangeError(`Epoch buffers hold fewer than the ${length} entries a run of ${epochs} epochs writes.`);
  return { intercepts, slopes, losses, reused: true };
}

/**
 * The loss array of a run that stores only its losses (the closed form, whose line is computed
 * when read): the caller's `buffers.losses` when given (at least epochs + 1 entries; the
 * other two buffers are left untouched), else a fresh array of epochs + 1 zeros. Throws a
 * RangeError when the buffer is too short. Complexity O(1) reused, O(epochs) fresh.
 */
export function lossArray(epochs: number, buffers?: EpochBuffers): { losses: Float64Array; reused: boolean } {
  const length = epochs + 1;
  if (!buffers) return { losses: new Float64Array(length), reused: false };
  if (buffers.losses.length < length)
    throw new RangeError(`Epoch buffers hold fewer than the ${length} entries a run of ${epochs} epochs writes.`);
  return { losses: buffers.losses, reused: true };
}

/**
 * Where a closed-form run of `epochs` epochs keeps its block powers: the caller's
 * `buffers.blockPowers` when they hold ⌊epochs / 64⌋ + 1 entries each, else two fresh arrays
 * (fresh arrays for every run of a slider cost a quarter of the run in allocation, measured).
 * Complexity O(1) reused, O(epochs / 64) fresh. Throws nothing.
 */
export function blockPowersFor(epochs: number, buffers?: EpochBuffers): BlockPowers {
  const blocks = blockCount(epochs);
  const given = buffers?.blockPowers;
  if (given && given.fast.length >= blocks && given.slow.length >= blocks) return given;
  return { fast: new Float64Array(blocks), slow: new Float64Array(blocks) };
}

/**
 * The first `length` entries of a run's array: a view when the array is the caller's (a fresh
 * view every time, so a new run never has the identity of an old one), otherwise the array
 * itself when it is exactly that long, or a copy (so a run stopped early does not hold its
 * whole budget's memory). Complexity O(1) for a view, O(length) for a copy.
 */
export function keptEntries(values: Float64Array, length: number, reused: boolean): Float64Array {
  if (reused) return values.subarray(0, length);
  return values.length === length ? values : values.slice(0, length);
}

/** Something holding epoch arrays, such as the trajectory on screen. */
interface HoldsEpochs {
  readonly losses: Float64Array;
}

/** Hands out epoch buffers for one run after another (see {@link createEpochBufferPool}). */
export interface EpochBufferPool {
  /**
   * Buffers for a run of `epochs` epochs that share no memory with `inUse` (the run still
   * shown): the set not handed out last, unless `inUse` is in it. Complexity O(1) when the
   * buffers fit, O(epochs) when they are (re)allocated.
   */
  take(epochs: number, inUse?: HoldsEpochs | null): EpochBuffers;
}

/** A set whose capacity is over this many times what a run needs is reallocated, so one huge budget is not held for ever. */
const OVERSIZE_FACTOR = 4;
/** A set that grows takes this much room beyond the run, so a budget raised step by step (a slider) reallocates only now and then. */
const GROWTH_FACTOR = 1.5;

/**
 * Two sets of epoch buffers handed out in turn (double buffering). A run written into one set
 * leaves the other untouched, so the run on screen, and the one before the latest, stay valid
 * while the next is computed; a run's arrays are overwritten only two runs later. A caller
 * that keeps a run longer than that (a kept loss curve, a comparison) must copy it or run it
 * without buffers. A set too small for a run is reallocated with half as much room again (a
 * budget raised step by step reallocates only every 50 %), and one over four times larger than
 * a run needs is reallocated to fit it. Throws nothing.
 */
export function createEpochBufferPool(): EpochBufferPool {
  const sets: (EpochBuffers | null)[] = [null, null];
  let last = 1;
  return {
    take(epochs, inUse) {
      const holds = (index: number) => inUse != null && sets[index]?.losses.buffer === inUse.losses.buffer;
      // the set not handed out last, unless the run in use is in it
      const index = holds(1 - last) ? last : 1 - last;
      last = index;
      const length = epochs + 1;
      const current = sets[index];
      if (current && current.losses.length >= length && current.losses.length <= OVERSIZE_FACTOR * length + 1024)
        return current;
      const capacity = current && current.losses.length < length ? Math.ceil(GROWTH_FACTOR * length) : length;
      const blocks = blockCount(capacity - 1);
      const fresh = {
        intercepts: new Float64Array(capacity),
        slopes: new Float64Array(capacity),
        losses: new Float64Array(capacity),
        blockPowers: { fast: new Float64Array(blocks), slow: new Float64Array(blocks) },
      };
      sets[index] = fresh;
      return fresh;
    },
  };
}
