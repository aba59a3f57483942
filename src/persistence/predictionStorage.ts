import { createStore, get, set, type UseStore } from 'idb-keyval';
import { type PredictionAnswers, readPredictionAnswers } from '../model/predictions/predictionRecord';
import { SESSION_DATABASE } from './sessionStorage';

// The prediction answers live beside the saved session, in the same IndexedDB store under a key
// of their own, so they never change the session snapshot's shape or its validation.

/** The key the answers are kept under. */
export const PREDICTIONS_KEY = 'predictions';
let database: UseStore | null = null;
const store = () => (database ??= createStore(SESSION_DATABASE.name, SESSION_DATABASE.store));

/** The saved answers; none when nothing was saved, storage is unavailable, or what was saved is damaged. */
export async function loadPredictionAnswers(): Promise<PredictionAnswers> {
  try {
    return readPredictionAnswers(await get(PREDICTIONS_KEY, store()));
  } catch {
    return {};
  }
}

/** Saves the answers; a full or unavailable storage is not worth interrupting a lesson for. */
export async function savePredictionAnswers(answers: PredictionAnswers): Promise<boolean> {
  try {
    await set(PREDICTIONS_KEY, answers, store());
    return true;
  } catch {
    return false;
  }
}
