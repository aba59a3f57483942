import { create } from 'zustand';
import { createClassroomSlice } from './classroomSlice';
import { createDataSlice } from './dataSlice';
import { createHandFitSlice } from './handFitSlice';
import { createModelSlice } from './modelSlice';
import type { NotebookState } from './notebookState';
import { createOptimiserSlice } from './optimiserSlice';
import { createPointMoveSlice } from './pointMoveSlice';
import { createPredictionSlice } from './predictionSlice';
import { fitWorker } from './prepareManyFitOffThread';
import { recompute } from './recompute';
import { createSettingsSlice } from './settingsSlice';
import { createSplitSlice } from './splitSlice';
import { createTrainingSlice } from './trainingSlice';

/** Builds a fresh store: the app uses one, tests make their own. */
export function createNotebookStore() {
  const store = create<NotebookState>()((...args) => ({
    ...createDataSlice(...args),
    ...createSettingsSlice(...args),
    ...createModelSlice(...args),
    ...createOptimiserSlice(...args),
    ...createTrainingSlice(...args),
    ...createHandFitSlice(...args),
    ...createPredictionSlice(...args),
    ...createClassroomSlice(...args),
    ...createPointMoveSlice(...args),
    ...createSplitSlice(...args),
  }));
  store.setState((state) => recompute(state, 'problem'));
  return store;
}

/** The notebook's store. Components select one field at a time: `useNotebook((s) => s.learningRate)`. */
export const useNotebook = createNotebookStore();

// New data the worker does not hold (a small set, prepared on the page): it drops a large set's columns.
useNotebook.subscribe((state, previous) => {
  if (state.dataSet !== previous.dataSet) fitWorker.forgetUnless(state.dataSet);
});
