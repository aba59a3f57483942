import { type Line, ZERO_LINE } from '../core/line';
import {
  type ChosenSettings,
  DEFAULT_SETTINGS,
  isValidEpochBudget,
  isValidLearningRate,
  isValidStart,
  type MAX_EPOCH_BUDGET,
  type TrainingSettings,
} from '../model/userSettings';
import { applyChoices } from './applyChoices';
import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';

export interface SettingsSlice extends TrainingSettings {
  /** Ignores anything but a positive finite number (the controls explain why before calling). */
  setLearningRate: (learningRate: number) => void;
  /** Ignores anything but a whole number from 1 to {@link MAX_EPOCH_BUDGET}. */
  setEpochBudget: (epochBudget: number) => void;
  setScaling: (scaling: boolean) => void;
  /** Moves the starting line (finite values only) and shows the new run from its first epoch. */
  setStart: (start: Line) => void;
  /**
   * Applies several choices as one intent with one recompute (a lesson's set-up, a restored
   * session, a link). Fields that break a rule are left as they were; returns their names.
   */
  applySettings: (patch: Readonly<Partial<ChosenSettings>> | Readonly<Record<string, unknown>>) => string[];
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set) => ({
  ...DEFAULT_SETTINGS,
  setLearningRate: (learningRate) => {
    if (!isValidLearningRate(learningRate)) return;
    set((state) =>
      state.learningRate === learningRate ? {} : { learningRate, ...recompute({ ...state, learningRate }, 'run') },
    );
  },
  setEpochBudget: (epochBudget) => {
    if (!isValidEpochBudget(epochBudget)) return;
    set((state) =>
      state.epochBudget === epochBudget ? {} : { epochBudget, ...recompute({ ...state, epochBudget }, 'run') },
    );
  },
  // The start is in working units, so a change of units moves it back to the lesson's zero line.
  setScaling: (scaling) =>
    set((state) => ({ scaling, start: ZERO_LINE, ...recompute({ ...state, scaling, start: ZERO_LINE }, 'problem') })),
  setStart: (start) => {
    if (!isValidStart(start)) return;
    set((state) => ({ start, ...recompute({ ...state, start, currentEpoch: 0, playing: false }, 'run') }));
  },
  applySettings: (patch) => {
    let rejected: string[] = [];
    set((state) => {
      const applied = applyChoices(state, patch, null);
      rejected = applied.rejected;
      return applied.changes;
    });
    return rejected;
  },
});
