import {
  FLAVOUR_KINDS,
  isValidBatchSize,
  isValidEpochBudget,
  isValidLearningRate,
  isValidSeed,
  isValidStart,
  isValidTolerance,
  MAX_EPOCH_BUDGET,
  OPTIMISER_KINDS,
} from '../model/userSettings';
import type { SavedSettings } from './sessionSnapshot';

// The settings part of a saved session, checked one field at a time: a damaged field is
// dropped (the notebook's default takes its place) and the others are kept. Kept small and
// self-contained on purpose: one typed settings schema for the URL and the session can replace
// it without touching the rest of the saved-session code.

/** The valid fields of a saved settings record, and one plain sentence per field that was not. */
export interface SettingsReading {
  readonly settings: Partial<SavedSettings>;
  readonly problems: readonly string[];
}

type Rule = { readonly check: (value: unknown) => boolean; readonly describe: (value: unknown) => string };

const isNumber = (value: unknown): value is number => typeof value === 'number';
const shown = (value: unknown) => (typeof value === 'string' ? `“${value.slice(0, 40)}”` : String(value));

const RULES: { readonly [Key in keyof SavedSettings]: Rule } = {
  featureName: {
    check: (value) => typeof value === 'string',
    describe: () => 'the chosen feature column is not a name',
  },
  responseName: {
    check: (value) => typeof value === 'string',
    describe: () => 'the chosen response column is not a name',
  },
  learningRate: {
    check: (value) => isNumber(value) && isValidLearningRate(value),
    describe: (value) => `the learning rate ${shown(value)} is not a positive number`,
  },
  epochBudget: {
    check: (value) => isNumber(value) && isValidEpochBudget(value),
    describe: (value) =>
      `the epoch budget ${shown(value)} is not a whole number from 1 to ${MAX_EPOCH_BUDGET.toLocaleString('en')}`,
  },
  scaling: { check: (value) => typeof value === 'boolean', describe: () => 'the scaling switch is neither on nor off' },
  start: {
    check: (value) =>
      typeof value === 'object' &&
      value !== null &&
      isNumber((value as { intercept?: unknown }).intercept) &&
      isNumber((value as { slope?: unknown }).slope) &&
      isValidStart(value as { intercept: number; slope: number }),
    describe: () => 'the starting line is not a pair of ordinary numbers',
  },
  currentEpoch: {
    check: (value) => isNumber(value) && Number.isInteger(value) && value >= 0,
    describe: (value) => `the epoch on screen, ${shown(value)}, is not a count of epochs (0 or more)`,
  },
  flavourKind: {
    check: (value) => FLAVOUR_KINDS.includes(value as never),
    describe: (value) => `the descent flavour ${shown(value)} is not one the notebook knows`,
  },
  batchSize: {
    check: (value) => isNumber(value) && isValidBatchSize(value),
    describe: (value) => `the batch size ${shown(value)} is not a whole number of points`,
  },
  optimiserKind: {
    check: (value) => OPTIMISER_KINDS.includes(value as never),
    describe: (value) => `the update rule ${shown(value)} is not one the notebook knows`,
  },
  shuffleSeed: {
    check: (value) => isNumber(value) && isValidSeed(value),
    describe: (value) => `the shuffle seed ${shown(value)} is not a whole number from 0 to 4294967295`,
  },
  stopOnTolerance: {
    check: (value) => typeof value === 'boolean',
    describe: () => 'the early-stopping switch is neither on nor off',
  },
  tolerance: {
    check: (value) => isNumber(value) && isValidTolerance(value),
    describe: (value) => `the stopping tolerance ${shown(value)} is not a number between 0 and 1`,
  },
};

/**
 * Reads saved settings field by field. A missing or invalid field is left out and described;
 * a feature and response that name the same column are both left out.
 *
 * @example readSavedSettings({ epochBudget: 1e12, learningRate: 0.5 })
 * // settings { learningRate: 0.5 }, problems ['the epoch budget 1000000000000 is not …', …]
 */
export function readSavedSettings(stored: unknown): SettingsReading {
  if (typeof stored !== 'object' || stored === null) {
    return { settings: {}, problems: ['the settings were missing'] };
  }
  const record = stored as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, rule] of Object.entries(RULES) as [keyof SavedSettings, Rule][]) {
    const value = record[key];
    if (rule.check(value)) settings[key] = value;
    else problems.push(value === undefined ? `the setting “${key}” was missing` : rule.describe(value));
  }
  if (settings.featureName !== undefined && settings.featureName === settings.responseName) {
    delete settings.featureName;
    delete settings.responseName;
    problems.push('the feature and the response were the same column');
  }
  return { settings: settings as Partial<SavedSettings>, problems };
}
