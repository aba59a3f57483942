import { type Line, ZERO_LINE } from '../core/line';
import { checkField, type IgnoredField, SESSION_FIELDS } from '../model/settings';
import {
  checkSettingsPatch,
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
import { mergeSettings } from './settingsPatch';

export interface SettingsSlice extends TrainingSettings {
  /** Ignores anything but a positive finite number (the controls explain why before calling). */
  setLearningRate: (learningRate: number) => void;
  /** Ignores anything but a whole number from 1 to {@link MAX_EPOCH_BUDGET}. */
  setEpochBudget: (epochBudget: number) => void;
  setScaling: (scaling: boolean) => void;
  /** Moves the starting line (finite values only) and shows the new run from its first epoch. */
  setStart: (start: Line) => void;
  /**
   * Applies several settings as one intent with one recompute (a link, a preset, a restored
   * session). Playback stops. Returns the fields it could not apply with the reason (a value
   * the settings schema refuses, a column this data does not have, a column paired with
   * itself); the rest apply.
   */
  applySettings: (patch: Readonly<Record<string, unknown>>) => readonly IgnoredField[];
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
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
  // A weight-vector model on large data is prepared in a worker (modelSlice), like a change of features.
  setScaling: (scaling) => {
    if (get().setScalingInBackground(scaling)) return;
    set((state) => ({ scaling, start: ZERO_LINE, ...recompute({ ...state, scaling, start: ZERO_LINE }, 'problem') }));
  },
  setStart: (start) => {
    if (!isValidStart(start)) return;
    set((state) => ({ start, ...recompute({ ...state, start, currentEpoch: 0, playing: false }, 'run') }));
  },
  applySettings: (patch) => {
    const state = get();
    const { accepted, rejected } = checkSettingsPatch(patch);
    const merged = mergeSettings(state, state.dataSet, accepted);
    const settings = { ...merged.settings, currentEpoch: accepted.currentEpoch };
    const ignored = [...rejected.map((name) => refusedField(name, patch[name])), ...merged.ignored];
    // a new model or split on large data is prepared in the worker; the rest of the patch lands with it
    if (state.applySettingsInBackground(settings)) return ignored;
    set((latest) => ({ ...applyChoices(latest, settings, null).changes, playing: false }));
    return ignored;
  },
});

/** A refused field as the link notice lists it: its key, its label, the value (shortened) and why. */
function refusedField(name: string, value: unknown): IgnoredField {
  const spec = SESSION_FIELDS[name as keyof typeof SESSION_FIELDS];
  const checked = spec ? checkField(name as keyof typeof SESSION_FIELDS, value) : null;
  const text = String(value);
  return {
    key: spec?.key ?? name,
    label: spec?.label ?? name,
    value: text.length > 40 ? `${text.slice(0, 39)}…` : text,
    reason: checked && !checked.ok ? checked.reason : 'is not a setting of this notebook',
  };
}
