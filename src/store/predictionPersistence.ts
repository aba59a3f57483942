import { loadPredictionAnswers, savePredictionAnswers } from '../persistence/predictionStorage';
import { useNotebook } from './notebookStore';

/**
 * Brings back this browser's prediction answers, then saves them after every change. Answers
 * given before the saved ones arrive are kept (they are newer). Returns a function that stops saving.
 */
export function startPredictionPersistence(): () => void {
  let restored = false;
  let stopped = false;
  void loadPredictionAnswers().then((saved) => {
    if (stopped) return;
    const current = useNotebook.getState().predictions;
    useNotebook.getState().restorePredictions({ ...saved, ...current });
    restored = true;
    void savePredictionAnswers(useNotebook.getState().predictions);
  });
  const unsubscribe = useNotebook.subscribe((state, previous) => {
    if (restored && state.predictions !== previous.predictions) void savePredictionAnswers(state.predictions);
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
