import type { PredictionAnswers, PredictionRecord } from '../model/predictions/predictionRecord';
import type { PredictionId } from '../model/predictions/questions';
import type { SliceCreator } from './notebookState';

export interface PredictionSlice {
  /** This browser's answers to the lessons' prediction questions, kept with the session. */
  predictions: PredictionAnswers;
  recordPrediction: (id: PredictionId, record: PredictionRecord) => void;
  /** Replaces every answer (used when the saved answers are read back). */
  restorePredictions: (answers: PredictionAnswers) => void;
  /** Forgets one answer, so the question can be tried again. */
  forgetPrediction: (id: PredictionId) => void;
}

export const createPredictionSlice: SliceCreator<PredictionSlice> = (set) => ({
  predictions: {},
  recordPrediction: (id, record) => set((state) => ({ predictions: { ...state.predictions, [id]: record } })),
  restorePredictions: (predictions) => set({ predictions }),
  forgetPrediction: (id) =>
    set((state) => {
      const { [id]: _forgotten, ...rest } = state.predictions;
      return { predictions: rest };
    }),
});
