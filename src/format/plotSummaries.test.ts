import { describe, expect, it } from 'vitest';
import { describeLoss, describeScatter } from './plotSummaries';

describe('plot summaries', () => {
  it('say the loss curve in numbers, as the issue words it for the published run', () => {
    // REFERENCE.md A: MSE at the OLS answer 0.016294644608557188; at the zero line the MSE of scaled Advertising is 0.2814…
    expect(
      describeLoss({
        firstLoss: 0.28142,
        epoch: 1000,
        lossAtEpoch: 0.016294644608557188,
        minimum: 0.016294644608557188,
      }),
    ).toBe('Loss falls from 0.281 at epoch 0 to 0.0163 at epoch 1,000; the least-squares minimum is 0.0163.');
  });
  it('never print Infinity for a diverged run', () => {
    const text = describeLoss({ firstLoss: 0.28, epoch: 12, lossAtEpoch: Number.POSITIVE_INFINITY, minimum: 0.0163 });
    expect(text).toMatch(/diverged/);
    expect(text).not.toMatch(/Infinity|NaN/);
  });
  it('say the scatter plot’s lines as equations', () => {
    expect(
      describeScatter({
        pointCount: 200,
        featureName: 'TV',
        responseName: 'Sales',
        scaled: true,
        leastSquares: { intercept: 0.21519170068625232, slope: 0.5534088415765329 },
        descent: { intercept: 0.21519198226718594, slope: 0.5534083104180343 },
        epoch: 1000,
      }),
    ).toBe(
      '200 points of Sales against TV, both scaled to 0–1. Least-squares line: Sales = 0.215 + 0.553 × TV. Gradient descent at epoch 1,000: Sales = 0.215 + 0.553 × TV.',
    );
  });
});
