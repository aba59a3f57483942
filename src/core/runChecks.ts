import type { Line } from './line';

// The one definition of which run settings the core can compute with. Every entry point of the
// core (a trajectory, one written-out step, an optimiser run, the loss forecast) checks its
// settings here, so the rules and their messages cannot drift apart.

/** A learning rate the core can step with: a finite number above 0. */
export function isUsableLearningRate(learningRate: number): boolean {
  return learningRate > 0 && Number.isFinite(learningRate);
}

/** Throws a RangeError unless the learning rate is a finite number above 0. O(1). */
export function assertLearningRate(learningRate: number): void {
  if (!isUsableLearningRate(learningRate)) throw new RangeError('The learning rate must be a positive number.');
}

/** Throws a RangeError unless the number of epochs is a whole number, zero or more. O(1). */
export function assertEpochCount(epochs: number): void {
  if (!Number.isInteger(epochs) || epochs < 0)
    throw new RangeError('The number of epochs must be a whole number, zero or more.');
}

/** Throws a RangeError unless the starting line (when given) has a finite intercept and slope. O(1). */
export function assertStartLine(start: Line | undefined): void {
  if (start && !(Number.isFinite(start.intercept) && Number.isFinite(start.slope)))
    throw new RangeError('The starting line must have a finite intercept and slope.');
}
