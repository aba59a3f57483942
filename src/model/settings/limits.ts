import type { Flavour, Optimiser } from '../../core/optimisers/settings';
import { MAX_POLYNOMIAL_DEGREE } from '../../core/polynomial/polynomialTerms';
import { MAX_TEST_FRACTION } from '../../core/split/trainTestSplit';

// The limits on every setting a student can choose, in one place. The typed boxes, the store's
// actions, the saved session and the shared link all check values with these rules, so a value
// refused in one place is refused everywhere, with the same words. (`userSettings.ts` re-exports
// them for the slices and controls.)

export type FlavourKind = Flavour['kind'];
export type OptimiserKind = Optimiser['kind'];

export const FLAVOUR_KINDS = ['batch', 'mini-batch', 'stochastic'] as const satisfies readonly FlavourKind[];
export const OPTIMISER_KINDS = ['plain', 'momentum', 'adam'] as const satisfies readonly OptimiserKind[];

/** Larger learning rates only overflow at once on any data the notebook can hold. */
export const MAX_LEARNING_RATE = 1000;

/** The most epochs a run may take (a run of batch descent costs O(1) an epoch, so this stays fast). */
export const MAX_EPOCH_BUDGET = 1_000_000;

/** A start further out than this only overflows the loss; the start boxes refuse it. */
export const MAX_START_MAGNITUDE = 1e9;

/** Points per mini-batch: at most ten million (more than any data set the notebook can load). */
export const MAX_BATCH_SIZE = 10_000_000;

/** Shuffle seeds are taken modulo 2³² by the generator, so the seed box accepts 0 … 2³² − 1. */
export const MAX_SHUFFLE_SEED = 0xffffffff;

/**
 * A learning rate: a number greater than 0 and at most {@link MAX_LEARNING_RATE}. Below that
 * a large rate is the run's business (it may diverge, and says so); the typed box, the keys,
 * links and saved sessions all stop at the same bound.
 */
export function isValidLearningRate(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= MAX_LEARNING_RATE;
}

/** An epoch budget: a whole number from 1 to {@link MAX_EPOCH_BUDGET}. */
export function isValidEpochBudget(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_EPOCH_BUDGET;
}

/** The epoch on screen: a whole number from 0 to {@link MAX_EPOCH_BUDGET}. */
export function isValidEpoch(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_EPOCH_BUDGET;
}

/** One coordinate of the starting line: finite and within ±{@link MAX_START_MAGNITUDE}. */
export function isValidStartValue(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_START_MAGNITUDE;
}

/** A starting line whose intercept and slope are both valid start values. */
export function isValidStart(start: { readonly intercept: number; readonly slope: number }): boolean {
  return isValidStartValue(start.intercept) && isValidStartValue(start.slope);
}

/** The relative tolerance on the loss change: strictly between 0 and 1. */
export function isValidTolerance(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value < 1;
}

/** A mini-batch size: a whole number from 1 to {@link MAX_BATCH_SIZE}. */
export function isValidBatchSize(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_BATCH_SIZE;
}

/** A shuffle seed: a whole number from 0 to {@link MAX_SHUFFLE_SEED}. */
export function isValidSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SHUFFLE_SEED;
}

export { MAX_POLYNOMIAL_DEGREE, MAX_TEST_FRACTION };

/** A share of rows to hold out for testing: a number from 0 (none) to {@link MAX_TEST_FRACTION}. */
export function isValidTestFraction(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_TEST_FRACTION;
}

/** The most feature columns a model can use at once (each costs O(N) memory and O(p²) a step). */
export const MAX_FEATURE_COUNT = 50;

/** A polynomial degree: a whole number from 1 to {@link MAX_POLYNOMIAL_DEGREE}. */
export function isValidPolynomialDegree(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_POLYNOMIAL_DEGREE;
}

/** The same rules in words, for messages wherever a value is refused. */
export const LIMIT_TEXT = {
  learningRate: `a number greater than 0 and at most ${MAX_LEARNING_RATE}`,
  epochBudget: `a whole number from 1 to ${MAX_EPOCH_BUDGET.toLocaleString('en')}`,
  epoch: `a whole number from 0 to ${MAX_EPOCH_BUDGET.toLocaleString('en')}`,
  start: 'two numbers, intercept and slope, each within ±1e9',
  tolerance: 'a number between 0 and 1 (not 0 or 1 themselves)',
  batchSize: `a whole number from 1 to ${MAX_BATCH_SIZE.toLocaleString('en')}`,
  polynomialDegree: `a whole number from 1 to ${MAX_POLYNOMIAL_DEGREE}`,
  extraFeatures: `a list of at most ${MAX_FEATURE_COUNT - 1} column names`,
  shuffleSeed: `a whole number from 0 to ${MAX_SHUFFLE_SEED.toLocaleString('en')}`,
  testFraction: `a number from 0 to ${MAX_TEST_FRACTION}`,
  splitSeed: `a whole number from 0 to ${MAX_SHUFFLE_SEED.toLocaleString('en')}`,
} as const;
