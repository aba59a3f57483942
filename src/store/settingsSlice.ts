import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface SettingsSlice {
  learningRate: number;
  epochBudget: number;
  scaling: boolean;
  /** Ignores anything but a positive finite number (the controls explain why before calling). */
  setLearningRate: (learningRate: number) => void;
  /** Ignores anything but a whole number from 1 to {@link MAX_EPOCH_BUDGET}. */
  setEpochBudget: (epochBudget: number) => void;
  setScaling: (scaling: boolean) => void;
}

export const MAX_EPOCH_BUDGET = 1_000_000;

/** The lesson's published set-up: learning rate 0.1 for 1000 epochs on scaled data. */
export const DEFAULT_SETTINGS = { learningRate: 0.1, epochBudget: 1000, scaling: true } as const;

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
  setScaling: (scaling) => set((state) => ({ scaling, ...recompute({ ...state, scaling }, 'problem') })),
});
