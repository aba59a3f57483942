import type { LOSS_ESTIMATE_ID } from '../model/predictions/lossEstimate';
import type { EstimateRecord, PredictionAnswers, PredictionRecord } from '../model/predictions/predictionRecord';
import type { PredictionId } from '../model/predictions/questions';
import type { SliceCreator } from './notebookState';

export interface PredictionSlice {
  /** This browser's answers to the lessons' prediction questions, kept with the session. */
  predictions: PredictionAnswers;
  /**
   * The loss the student is drawing at epoch 100 on the loss plot, before the run shows the real
   * one; null when no guess is being drawn. Not saved: only answered guesses are.
   */
  lossGuess: number | null;
  recordPrediction: (id: PredictionId, record: PredictionRecord) => void;
  recordEstimate: (record: EstimateRecord) => void;
  /** Places the guess (finite, positive values only); null stops drawing it. */
  setLossGuess: (guess: number | null) => void;
  /** Replaces every answer (used when the saved answers are read back). */
  restorePredictions: (answers: PredictionAnswers) => void;
  /** Forgets one answer, so the question can be tried again. */
  forgetPrediction: (id: PredictionId | typeof LOSS_ESTIMATE_ID) => void;
}

export const createPredictionSlice: SliceCreator<PredictionSlice> = (set) => ({
  predictions: {},
  lossGuess: null,
  recordPrediction: (id, record) => set((state) => ({ predictions: { ...state.predictions, [id]: record } })),
  recordEstimate: (record) =>
    set((state) => ({ predictions: { ...state.predictions, 'loss-at-100': record }, lossGuess: null })),
  setLossGuess: (lossGuess) =>
    set(() => (lossGuess === null || (Number.isFinite(lossGuess) && lossGuess > 0) ? { lossGuess } : {})),
  restorePredictions: (predictions) => set({ predictions }),
  forgetPrediction: (id) =>
    set((state) => {
      const { [id]: _forgotten, ...rest } = state.predictions;
      return { predictions: rest };
    }),
});
