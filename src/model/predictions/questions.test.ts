import { describe, expect, it } from 'vitest';
import { hessianEigenDecomposition } from '../../core/hessianEigen';
import { runOptimiser } from '../../core/optimisers/runOptimiser';
import { formatNumber } from '../../format/formatNumber';
import { createNotebookStore } from '../../store/notebookStore';
import { predictionContextOf } from '../../store/predictionActions';
import { readPredictionAnswers, summarisePredictions } from './predictionRecord';
import { PREDICTION_QUESTIONS, predictionQuestion, rateAtShare } from './questions';

const lesson = () => predictionContextOf(createNotebookStore().getState())!;

/** What a real run at `rate` does along the steepest direction: smooth, zig-zag or blow-up. */
function observedBehaviour(rate: number): string {
  const context = lesson();
  const run = runOptimiser({ feature: context.feature, response: context.response, learningRate: rate, epochs: 60 });
  if (run.divergence) return 'diverge';
  const { largest } = hessianEigenDecomposition(context.statistics);
  const best = {
    intercept: context.statistics.responseMean - context.statistics.bestSlope * context.statistics.featureMean,
    slope: context.statistics.bestSlope,
  };
  const along = (k: number) =>
    (run.intercepts.at(k)! - best.intercept) * largest.direction.intercept +
    (run.slopes.at(k)! - best.slope) * largest.direction.slope;
  let flips = 0;
  for (let k = 1; k <= 20; k++) if (Math.sign(along(k)) !== Math.sign(along(k - 1))) flips++;
  return flips >= 10 ? 'oscillate' : flips === 0 ? 'smooth' : 'mixed';
}

describe('the learning-rate questions', () => {
  it('answer what a real run does: zig-zag at three quarters of 2/λmax, blow-up a tenth above it', () => {
    const context = lesson();
    for (const [id, share] of [
      ['rate-below-limit', 0.75],
      ['rate-above-limit', 1.1],
    ] as const) {
      expect(predictionQuestion(id).outcome(context).answer).toBe(observedBehaviour(rateAtShare(context, share)));
    }
    expect(predictionQuestion('rate-below-limit').outcome(context).answer).toBe('oscillate');
    expect(observedBehaviour(0.3 * context.stableLearningRate)).toBe('smooth');
  });
  it('explain with the limit on screen', () => {
    const context = lesson();
    const explanation = predictionQuestion('rate-above-limit').outcome(context).explanation;
    expect(explanation).toContain('2/λmax');
    expect(explanation).toContain(`2/λmax = ${formatNumber(context.stableLearningRate, 3)}`);
  });
});

describe('the scaling, flavour and momentum questions', () => {
  it('say that switching scaling off at rate 0.1 blows up Advertising, with both condition numbers', () => {
    const outcome = predictionQuestion('scaling-switch').outcome(lesson());
    expect(outcome.answer).toBe('diverge');
    expect(outcome.explanation).toMatch(/condition number λmax\/λmin from [\d.]+ to [\d.,e+]+/);
  });
  it('compare real runs for the flavour and momentum races', () => {
    const context = lesson();
    const batch = runOptimiser({ feature: context.feature, response: context.response, learningRate: 0.1, epochs: 10 });
    const stochastic = runOptimiser({
      feature: context.feature,
      response: context.response,
      learningRate: 0.1,
      epochs: 10,
      flavour: { kind: 'stochastic', seed: context.shuffleSeed },
    });
    expect(predictionQuestion('flavour-race').outcome(context).answer).toBe(
      stochastic.losses[10]! < batch.losses[10]! ? 'stochastic' : 'batch',
    );
    expect(['fewer', 'more', 'diverge']).toContain(predictionQuestion('momentum-race').outcome(context).answer);
    expect(predictionQuestion('momentum-race').outcome(context).explanation).toContain('2(1 + β)/λmax');
  });
});

describe('saved answers', () => {
  it('are counted as "n of m predicted right"', () => {
    const record = (choice: string, answer: string) => ({ prompt: 'q', choice, answer, explanation: 'e' });
    const answers = {
      'rate-below-limit': record('oscillate', 'oscillate'),
      'rate-above-limit': record('diverge', 'diverge'),
      'scaling-switch': record('slower', 'diverge'),
      'flavour-race': record('stochastic', 'stochastic'),
      'momentum-race': record('fewer', 'fewer'),
    } as const;
    expect(summarisePredictions(answers).text).toBe('4 of 5 predicted right (1 still to answer).');
    const estimate = { prompt: 'q', guess: 0.03, actual: 0.0255, learningRate: 0.01, explanation: 'e' };
    expect(summarisePredictions({ ...answers, 'loss-at-100': estimate }).text).toBe('5 of 6 predicted right.');
    expect(summarisePredictions({ 'flavour-race': answers['flavour-race'] }).text).toBe(
      `1 of 1 predicted right (${PREDICTION_QUESTIONS.length} still to answer).`,
    );
  });
  it('are read back only when well formed; anything else is dropped', () => {
    const good = { prompt: 'q', choice: 'smooth', answer: 'oscillate', explanation: 'because' };
    expect(
      readPredictionAnswers({
        'rate-below-limit': good,
        'rate-above-limit': { ...good, choice: 'rm -rf' },
        unknown: good,
        'scaling-switch': 'junk',
      }),
    ).toEqual({ 'rate-below-limit': good });
    expect(readPredictionAnswers(null)).toEqual({});
  });
});
