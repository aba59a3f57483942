import { type Line, ZERO_LINE } from '../core/line';
import type { Flavour, Optimiser } from '../core/optimisers/settings';
import type { FlavourKind, OptimiserKind } from './settings/limits';
import { checkField, DEFAULT_SESSION_SETTINGS, SESSION_FIELDS, type SessionSettings } from './settings/schema';

// What the student chooses for a run. Its defaults come from the settings schema and its
// validity rules from settings/limits.ts (re-exported here), the one definition of each, shared
// by the slices, the controls, the saved session and shared links.

export type { FlavourKind, OptimiserKind } from './settings/limits';
export {
  FLAVOUR_KINDS,
  isValidBatchSize,
  isValidEpochBudget,
  isValidLearningRate,
  isValidSeed,
  isValidStart,
  isValidTolerance,
  MAX_EPOCH_BUDGET,
  MAX_LEARNING_RATE,
  MAX_START_MAGNITUDE,
  OPTIMISER_KINDS,
} from './settings/limits';

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

const defaults = DEFAULT_SESSION_SETTINGS;

/** The lesson's published set-up: learning rate 0.1 for 1000 epochs on scaled data (defaults from the settings schema). */
export const DEFAULT_SETTINGS: Readonly<TrainingSettings> = {
  learningRate: defaults.learningRate,
  epochBudget: defaults.epochBudget,
  scaling: defaults.scaling,
  start: ZERO_LINE,
};

export const DEFAULT_OPTIMISATION: Readonly<OptimisationSettings> = {
  flavourKind: defaults.flavourKind,
  batchSize: defaults.batchSize,
  optimiserKind: defaults.optimiserKind,
  shuffleSeed: defaults.shuffleSeed,
  stopOnTolerance: defaults.stopOnTolerance,
  tolerance: defaults.tolerance,
};

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

/** Everything a student chooses that a saved session or a link brings back: the session fields of the settings schema. */
export type ChosenSettings = SessionSettings;

/**
 * Splits a patch of chosen settings into the fields that pass the settings schema and the
 * names of those that do not (unknown fields included). Complexity O(fields).
 */
export function checkSettingsPatch(patch: Readonly<Record<string, unknown>>): {
  accepted: Partial<ChosenSettings>;
  rejected: string[];
} {
  const accepted: Record<string, unknown> = {};
  const rejected: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const checked = key in SESSION_FIELDS ? checkField(key as keyof typeof SESSION_FIELDS, value) : null;
    if (checked?.ok) accepted[key] = checked.value;
    else rejected.push(key);
  }
  return { accepted: accepted as Partial<ChosenSettings>, rejected };
}
