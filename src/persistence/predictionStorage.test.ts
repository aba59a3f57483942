import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { loadPredictionAnswers, PREDICTIONS_KEY, savePredictionAnswers } from './predictionStorage';
import { loadSession, SESSION_DATABASE } from './sessionStorage';

describe('the saved prediction answers', () => {
  it('round-trip under their own key, beside the session without touching it', async () => {
    const answers = {
      'flavour-race': { prompt: 'Which?', choice: 'batch', answer: 'stochastic', explanation: 'Because.' },
    };
    expect(await savePredictionAnswers(answers)).toBe(true);
    expect(await loadPredictionAnswers()).toEqual(answers);
    expect(await loadSession()).toEqual({ kind: 'none' });
  });
  it('come back empty when what was stored is damaged', async () => {
    await set(PREDICTIONS_KEY, 'garbage', createStore(SESSION_DATABASE.name, SESSION_DATABASE.store));
    expect(await loadPredictionAnswers()).toEqual({});
  });
});
