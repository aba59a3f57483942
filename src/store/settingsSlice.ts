import { type Line, ZERO_LINE } from '../core/line';
import type { IgnoredField } from '../model/settings';
import {
  DEFAULT_SETTINGS,
  isValidEpochBudget,
  isValidLearningRate,
  isValidStart,
  type MAX_EPOCH_BUDGET,
  type TrainingSettings,
} from '../model/userSettings';
import type { SliceCreator } from './notebookState';
import { recompute } from './recompute';
import { mergeSettings, type SettingsPatch } from './settingsPatch';

export interface SettingsSlice extends TrainingSettings {
  /** Ignores anything but a positive finite number (the controls explain why before calling). */
  setLearningRate: (learningRate: number) => void;
  /** Ignores anything but a whole number from 1 to {@link MAX_EPOCH_BUDGET}. */
  setEpochBudget: (epochBudget: number) => void;
  setScaling: (scaling: boolean) => void;
  /** Moves the starting line (finite values only) and shows the new run from its first epoch. */
  setStart: (start: Line) => void;
  /**
   * Applies several settings at once (a link, a preset) with a single recompute: one intent,
   * one recompute. Playback stops. Returns the fields it could not apply with the reason
   * (a column this data does not have, a column paired with itself); the rest apply.
   */
  applySettings: (patch: SettingsPatch) => readonly IgnoredField[];
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
    let ignored: readonly IgnoredField[] = [];
    set((state) => {
      const merged = mergeSettings(state, state.dataSet, patch);
      ignored = merged.ignored;
      const next = { ...state, ...merged.settings, trajectory: null, playing: false };
      return { ...merged.settings, ...recompute(next, 'problem', { epoch: patch.currentEpoch }) };
    });
    return ignored;
  },
});
