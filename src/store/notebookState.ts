import type { StateCreator } from 'zustand';
import type { DataSlice } from './dataSlice';
import type { SettingsSlice } from './settingsSlice';
import type { TrainingSlice } from './trainingSlice';

/** The whole notebook state: the union of its slices. */
export type NotebookState = DataSlice & SettingsSlice & TrainingSlice;

/** A slice creator that can read and write the whole state. */
export type SliceCreator<Slice> = StateCreator<NotebookState, [], [], Slice>;
