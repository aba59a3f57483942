import { describe, expect, it } from 'vitest';
import { LOSS_ESTIMATE_EPOCH } from '../model/predictions/lossEstimate';
import { readPredictionAnswers, summarisePredictions } from '../model/predictions/predictionRecord';
import { useNotebook } from './notebookStore';
import { answerLossEstimate } from './predictionActions';

describe('answering the loss-after-100-epochs question', () => {
  it('records the guess with the loss the lab then shows at epoch 100, beside the kept run on screen', () => {
    useNotebook.getState().setLossGuess(0.05);
    useNotebook.getState().setEpochBudget(40);
    useNotebook.getState().setStopOnTolerance(true);
    answerLossEstimate(0.05);
    const state = useNotebook.getState();
    const record = state.predictions['loss-at-100']!;
    expect(record.guess).toBe(0.05);
    expect(state.lossGuess).toBeNull();
    expect(state.learningRate).toBe(0.01);
    expect(state.epochBudget).toBe(LOSS_ESTIMATE_EPOCH);
    expect(state.stopOnTolerance).toBe(false);
    expect(state.trajectory!.lastEpoch).toBeGreaterThanOrEqual(LOSS_ESTIMATE_EPOCH);
    expect(state.trajectory!.losses[LOSS_ESTIMATE_EPOCH]).toBe(record.actual);
    expect(state.keptRuns).toHaveLength(1);
    expect(state.keptRuns[0]!.label).toContain('0.1');
  });
  it('counts in the summary and survives the round trip through storage, while damaged records are dropped', () => {
    const { predictions } = useNotebook.getState();
    expect(summarisePredictions(predictions).text).toBe('1 of 1 predicted right (5 still to answer).');
    const stored = JSON.parse(JSON.stringify(predictions));
    expect(readPredictionAnswers(stored)).toEqual(predictions);
    const record = predictions['loss-at-100']!;
    for (const damaged of [{ ...record, guess: 'NaN' }, { ...record, actual: -1 }, { ...record, learningRate: 0 }, 'x'])
      expect(readPredictionAnswers({ 'loss-at-100': damaged })).toEqual({});
    const wayOff = { 'loss-at-100': { ...record, guess: record.actual * 2.5 } };
    expect(summarisePredictions(wayOff).text).toBe('0 of 1 predicted right (5 still to answer).');
  });
  it('refuses a guess that is not a positive number', () => {
    useNotebook.getState().setLossGuess(-1);
    useNotebook.getState().setLossGuess(Number.NaN);
    expect(useNotebook.getState().lossGuess).toBeNull();
  });
});
