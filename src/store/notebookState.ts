import type { StateCreator } from 'zustand';
import type { ClassroomSlice } from './classroomSlice';
import type { DataSlice } from './dataSlice';
import type { HandFitSlice } from './handFitSlice';
import type { ModelSlice } from './modelSlice';
import type { OptimiserSlice } from './optimiserSlice';
import type { PointMoveSlice } from './pointMoveSlice';
import type { PredictionSlice } from './predictionSlice';
import type { SettingsSlice } from './settingsSlice';
import type { SplitSlice } from './splitSlice';
import type { TrainingSlice } from './trainingSlice';

/** The whole notebook state: the union of its slices. */
export type NotebookState = DataSlice &
  SettingsSlice &
  ModelSlice &
  OptimiserSlice &
  TrainingSlice &
  HandFitSlice &
  PredictionSlice &
  ClassroomSlice &
  PointMoveSlice &
  SplitSlice;

/** A slice creator that can read and write the whole state. */
export type SliceCreator<Slice> = StateCreator<NotebookState, [], [], Slice>;
