import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNotebookStore } from '../../store/notebookStore';
import { estimateContextOf } from '../../store/predictionActions';
import { assertPythonTools, PYTHON } from '../pythonExport/testing/runExport';
import {
  describeMiss,
  ESTIMATE_TOLERANCE_FACTOR,
  estimateOutcome,
  estimatePrompt,
  estimateSetting,
  isEstimateRight,
  LOSS_ESTIMATE_EPOCH,
} from './lossEstimate';

const lesson = () => estimateContextOf(createNotebookStore().getState())!;

/** The textbook loop in numpy (Advertising TV → Sales, min–max scaled as scikit-learn does): the MSE after `epochs` epochs. */
function numpyLossAfter(learningRate: number, epochs: number): number {
  assertPythonTools();
  const csv = resolve(__dirname, '../../data/advertising.csv');
  const program = `import numpy as np
data = np.genfromtxt(${JSON.stringify(csv)}, delimiter=",", skip_header=1)
def scaled(v):
    scale = 1 / (v.max() - v.min())
    return v * scale + (-v.min() * scale)
x, y = scaled(data[:, 1]), scaled(data[:, 4])
w = b = 0.0
n = len(x)
for epoch in range(${epochs}):
    p = w * x + b
    w, b = w - ${learningRate} * (-(2 / n) * np.sum(x * (y - p))), b - ${learningRate} * (-(2 / n) * np.sum(y - p))
print(repr(float(np.mean((y - (w * x + b)) ** 2))))`;
  const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`numpy failed:\n${run.stderr}`);
  return Number(run.stdout.trim());
}

describe('the loss-after-100-epochs question', () => {
  it('asks about steps ten times shorter than the converging rate on screen', () => {
    const context = lesson();
    expect(estimateSetting(context)).toEqual({ learningRate: 0.01, baseRate: 0.1, basis: 'screen' });
    expect(estimatePrompt(context)).toContain('learning rate 0.1. With steps ten times shorter, 0.01');
  });
  it('asks about a tenth of the limit when the rate on screen is above it', () => {
    const context = { ...lesson(), learningRate: 5 };
    const setting = estimateSetting(context);
    expect(setting.basis).toBe('limit');
    expect(setting.learningRate).toBe(Number((context.stableLearningRate / 10).toPrecision(3)));
    expect(estimatePrompt(context)).toContain('above the limit 2/λmax');
  });
  it("finds the real loss at epoch 100 that numpy's textbook loop finds (Advertising, rate 0.01, from zero)", () => {
    const outcome = estimateOutcome(lesson(), 0.05);
    expect(outcome.learningRate).toBe(0.01);
    const expected = numpyLossAfter(0.01, LOSS_ESTIMATE_EPOCH);
    expect(Math.abs(outcome.actual - expected) / expected).toBeLessThan(1e-12);
  }, 60_000);
  it('explains with the numbers on screen and the epoch the faster run got as low', () => {
    const context = lesson();
    const outcome = estimateOutcome(context, 0.05);
    expect(outcome.explanation).toMatch(/^(Right|Not this time): /);
    expect(outcome.explanation).toContain('within a factor of 2');
    expect(outcome.explanation).toMatch(/The run at 0\.1 \(kept on the plot\) was that low by epoch \d+/);
    expect(outcome.explanation).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('a guess is right within a factor of 2', () => {
  it('counts half and double as right, and anything beyond as wrong', () => {
    expect(ESTIMATE_TOLERANCE_FACTOR).toBe(2);
    expect(isEstimateRight(0.05, 0.1)).toBe(true);
    expect(isEstimateRight(0.2, 0.1)).toBe(true);
    expect(isEstimateRight(0.0499, 0.1)).toBe(false);
    expect(isEstimateRight(0.2001, 0.1)).toBe(false);
    expect(isEstimateRight(0, 0.1)).toBe(false);
  });
  it('says how far off a guess was, and which way', () => {
    expect(describeMiss(0.05, 0.025)).toBe('your guess 0.05 is 2 times the real loss 0.025 (too high)');
    expect(describeMiss(0.01, 0.04)).toBe('the real loss 0.04 is 4 times your guess 0.01 (too low)');
    expect(describeMiss(0.0402, 0.04)).toBe('your guess 0.0402 is within 5% of the real loss 0.04');
  });
});
