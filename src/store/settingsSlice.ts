import { ZERO_LINE, type Line } from '../core/line';
import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface SettingsSlice {
  learningRate: number;
  epochBudget: number;
  scaling: boolean;
  /** The line gradient descent starts from, in the units it works in (scaled when scaling is on). */
  start: Line;
  /** Ignores anything but a positive finite number (the controls explain why before calling). */
  setLearningRate: (learningRate: number) => void;
  /** Ignores anything but a whole number from 1 to {@link MAX_EPOCH_BUDGET}. */
  setEpochBudget: (epochBudget: number) => void;
  setScaling: (scaling: boolean) => void;
  /** Moves the starting line (finite values only) and shows the new run from its first epoch. */
  setStart: (start: Line) => void;
}

export const MAX_EPOCH_BUDGET = 1_000_000;

/** A start further out than this only overflows the loss; the start boxes refuse it. */
export const MAX_START_MAGNITUDE = 1e9;

export function isValidStart(start: Line): boolean {
  return [start.intercept, start.slope].every((value) => Number.isFinite(value) && Math.abs(value) <= MAX_START_MAGNITUDE);
}

/** The lesson's published set-up: learning rate 0.1 for 1000 epochs on scaled data. */
export const DEFAULT_SETTINGS = { learningRate: 0.1, epochBudget: 1000, scaling: true, start: ZERO_LINE } as const;

export function isValidLearningRate(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

export function isValidEpochBudget(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_EPOCH_BUDGET;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set) => ({
  ...DEFAULT_SETTINGS,
  setLearningRate: (learningRate) => {
    if (!isValidLearningRate(learningRate)) return;
    set((state) => (state.learningRate === learningRate ? {} : { learningRate, ...recompute({ ...state, learningRate }, 'run') }));
  },
  setEpochBudget: (epochBudget) => {
    if (!isValidEpochBudget(epochBudget)) return;
    set((state) => (state.epochBudget === epochBudget ? {} : { epochBudget, ...recompute({ ...state, epochBudget }, 'run') }));
  },
  // The start is in working units, so a change of units moves it back to the lesson's zero line.
  setScaling: (scaling) => set((state) => ({ scaling, start: ZERO_LINE, ...recompute({ ...state, scaling, start: ZERO_LINE }, 'problem') })),
  setStart: (start) => {
    if (!isValidStart(start)) return;
    set((state) => ({ start, ...recompute({ ...state, start, currentEpoch: 0, playing: false }, 'run') }));
  },
});
