import { type Line, ZERO_LINE } from '../core/line';
import type { Flavour, Optimiser } from '../core/optimisers/settings';
import { isUsableLearningRate } from '../core/runChecks';

// What the student chooses for a run, with its defaults and the one definition of each rule
// that decides whether a chosen value is allowed. The store's slices hold these values; the
// saved session and the controls check them with the same functions.

export type FlavourKind = Flavour['kind'];
export type OptimiserKind = Optimiser['kind'];

/** How a run is set up: rate, budget, units and starting line. */
export interface TrainingSettings {
  learningRate: number;
  epochBudget: number;
  scaling: boolean;
  /** The line gradient descent starts from, in the units it works in (scaled when scaling is on). */
  start: Line;
}

/** Which flavour of descent and which update rule, and their parameters. */
export interface OptimisationSettings {
  flavourKind: FlavourKind;
  /** Points per update for mini-batch descent. */
  batchSize: number;
  optimiserKind: OptimiserKind;
  /** Seed of the generator that reshuffles the points each epoch (mini-batch and stochastic). */
  shuffleSeed: number;
  /** Stop early once the loss changes by at most `tolerance` (relative) from one epoch to the next. */
  stopOnTolerance: boolean;
  tolerance: number;
}

/** Everything a student chooses that a saved session or a link brings back. */
export interface ChosenSettings extends TrainingSettings, OptimisationSettings {
  featureName: string;
  responseName: string;
  /** The epoch on screen; clamped to the run's last epoch when applied. */
  currentEpoch: number;
}

export const MAX_EPOCH_BUDGET = 1_000_000;

/** A start further out than this only overflows the loss; the start boxes refuse it. */
export const MAX_START_MAGNITUDE = 1e9;

/** The lesson's published set-up: learning rate 0.1 for 1000 epochs on scaled data. */
export const DEFAULT_SETTINGS: Readonly<TrainingSettings> = {
  learningRate: 0.1,
  epochBudget: 1000,
  scaling: true,
  start: ZERO_LINE,
};

export const DEFAULT_OPTIMISATION: Readonly<OptimisationSettings> = {
  flavourKind: 'batch',
  batchSize: 16,
  optimiserKind: 'plain',
  shuffleSeed: 20_260,
  stopOnTolerance: false,
  tolerance: 1e-9,
};

export const FLAVOUR_KINDS: readonly FlavourKind[] = ['batch', 'mini-batch', 'stochastic'];
export const OPTIMISER_KINDS: readonly OptimiserKind[] = ['plain', 'momentum', 'adam'];

/** Larger steps overflow at the first epoch on any data, so the controls and links stop here. */
export const MAX_LEARNING_RATE = 1000;

/**
 * A learning rate a student may choose: one the core can step with (finite, above 0) and at
 * most {@link MAX_LEARNING_RATE}. Within that, diverging is the run's business, and it says so.
 */
export function isValidLearningRate(value: number): boolean {
  return isUsableLearningRate(value) && value <= MAX_LEARNING_RATE;
}

export function isValidEpochBudget(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_EPOCH_BUDGET;
}

export function isValidStart(start: Line): boolean {
  return [start.intercept, start.slope].every(
    (value) => Number.isFinite(value) && Math.abs(value) <= MAX_START_MAGNITUDE,
  );
}

export function isValidBatchSize(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

/** Seeds are unsigned 32-bit integers, the range of the seeded generator. */
export function isValidSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

/** A relative change between epochs, strictly between 0 and 1. */
export function isValidTolerance(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value < 1;
}

/** The flavour the core runs, built from the plain fields. */
export function flavourOf(settings: Pick<OptimisationSettings, 'flavourKind' | 'batchSize' | 'shuffleSeed'>): Flavour {
  if (settings.flavourKind === 'mini-batch')
    return { kind: 'mini-batch', batchSize: settings.batchSize, seed: settings.shuffleSeed };
  if (settings.flavourKind === 'stochastic') return { kind: 'stochastic', seed: settings.shuffleSeed };
  return { kind: 'batch' };
}

export function optimiserOf(settings: Pick<OptimisationSettings, 'optimiserKind'>): Optimiser {
  return { kind: settings.optimiserKind };
}

/** A short description of a run's settings, e.g. "rate 0.1 · mini-batch 16 · Adam". */
export function describeRunSettings(
  settings: Pick<OptimisationSettings, 'flavourKind' | 'batchSize' | 'optimiserKind'> & { learningRate: number },
): string {
  const flavour = settings.flavourKind === 'mini-batch' ? `mini-batch ${settings.batchSize}` : settings.flavourKind;
  const optimiser = { plain: 'plain', momentum: 'momentum', adam: 'Adam' }[settings.optimiserKind];
  return `rate ${settings.learningRate} · ${flavour} · ${optimiser}`;
}

/** Whether each chosen value is allowed, field by field: the one table of rules the store applies. */
const FIELD_RULES: { readonly [Key in keyof ChosenSettings]: (value: unknown) => boolean } = {
  learningRate: (value) => typeof value === 'number' && isValidLearningRate(value),
  epochBudget: (value) => typeof value === 'number' && isValidEpochBudget(value),
  scaling: (value) => typeof value === 'boolean',
  start: (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Line).intercept === 'number' &&
    typeof (value as Line).slope === 'number' &&
    isValidStart(value as Line),
  flavourKind: (value) => FLAVOUR_KINDS.includes(value as FlavourKind),
  batchSize: (value) => typeof value === 'number' && isValidBatchSize(value),
  optimiserKind: (value) => OPTIMISER_KINDS.includes(value as OptimiserKind),
  shuffleSeed: (value) => typeof value === 'number' && isValidSeed(value),
  stopOnTolerance: (value) => typeof value === 'boolean',
  tolerance: (value) => typeof value === 'number' && isValidTolerance(value),
  featureName: (value) => typeof value === 'string',
  responseName: (value) => typeof value === 'string',
  currentEpoch: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0,
};

/**
 * Splits a patch of chosen settings into the fields that follow the rules and the names of those
 * that do not (unknown fields included). Complexity O(fields).
 */
export function checkSettingsPatch(patch: Readonly<Record<string, unknown>>): {
  accepted: Partial<ChosenSettings>;
  rejected: string[];
} {
  const accepted: Record<string, unknown> = {};
  const rejected: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const rule = FIELD_RULES[key as keyof ChosenSettings];
    if (rule?.(value)) accepted[key] = value;
    else rejected.push(key);
  }
  return { accepted: accepted as Partial<ChosenSettings>, rejected };
}
