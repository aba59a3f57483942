import { describe, expect, it } from 'vitest';
import { describeLandscape, describePredictions, describeSweep } from './lessonPlotSummaries';

// The published run on scaled Advertising (REFERENCE.md A): least squares at intercept
// 0.21519170068625232, slope 0.5534088415765329, MSE 0.016294644608557188; batch descent at
// rate 0.1 after 1000 epochs at 0.21519198226718594, 0.5534083104180343.
const MINIMUM = { intercept: 0.21519170068625232, slope: 0.5534088415765329, loss: 0.016294644608557188 };

describe('lesson plot summaries', () => {
  it('say where the landscape’s minimum is and where the path stands at the epoch on screen', () => {
    const text = describeLandscape({
      window: { interceptFrom: -0.55, interceptTo: 0.98, slopeFrom: -0.42, slopeTo: 1.53 },
      minimum: MINIMUM,
      start: { intercept: 0, slope: 0, loss: 0.28142 },
      now: { intercept: 0.21519198226718594, slope: 0.5534083104180343, loss: 0.0162946446 },
      epoch: 1000,
    });
    expect(text).toBe(
      'Map of the loss for intercepts from −0.55 to 0.98 and slopes from −0.42 to 1.53. The least-squares minimum (×) is at intercept 0.215, slope 0.553 (loss 0.0163). The descent path starts at intercept 0, slope 0 (loss 0.281) and at epoch 1,000 stands at intercept 0.215, slope 0.553 (loss 0.0163).',
    );
  });
  it('say that a diverged path left the landscape, without printing Infinity or NaN', () => {
    const text = describeLandscape({
      window: { interceptFrom: -1, interceptTo: 1, slopeFrom: -1, slopeTo: 1 },
      minimum: MINIMUM,
      start: { intercept: 0, slope: 0, loss: 0.28 },
      now: { intercept: Number.NaN, slope: Number.POSITIVE_INFINITY, loss: Number.POSITIVE_INFINITY },
      epoch: 40,
    });
    expect(text).toMatch(/by epoch 40 has left the map: the run diverged\.$/);
    expect(text).not.toMatch(/NaN|Infinity|—/);
  });
  it('say at epoch 0 that no step is taken yet', () => {
    const start = { intercept: 0, slope: 0, loss: 0.28 };
    const text = describeLandscape({ window: null, minimum: MINIMUM, start, now: start, epoch: 0 });
    expect(text).toMatch(/^The start is so far out/);
    expect(text).toMatch(/no step is taken yet \(epoch 0\)\.$/);
  });
  it('find the sweep’s lowest loss and the first rate that diverges', () => {
    const text = describeSweep({
      rates: [0.001, 0.01, 0.1, 1, 10],
      losses: [0.25, 0.1, 0.0163, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      epochBudget: 1000,
      stableRate: 0.708,
      currentRate: 0.1,
      currentLoss: 0.0163,
      minimum: 0.016294644608557188,
    });
    expect(text).toBe(
      'Loss after 1,000 epochs of batch descent for 5 learning rates from 0.001 to 10: the lowest, 0.0163, at rate 0.1; rates from 1 up diverge (× along the top; the largest stable rate 2/λmax is 0.708). At the current rate, 0.1, the loss is 0.0163; the least-squares minimum is 0.0163.',
    );
  });
  it('say when no rate diverges, and when every rate does', () => {
    const calm = describeSweep({
      rates: [0.001, 0.01],
      losses: [0.2, 0.1],
      epochBudget: 1,
      stableRate: 0.7,
      currentRate: 0.01,
      currentLoss: 0.1,
      minimum: 0.05,
    });
    expect(calm).toMatch(/^Loss after 1 epoch of batch descent .*: the lowest, 0\.1, at rate 0\.01; none diverges/);
    const wild = describeSweep({
      rates: [5, 10],
      losses: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      epochBudget: 10,
      stableRate: 0.7,
      currentRate: 10,
      currentLoss: Number.POSITIVE_INFINITY,
      minimum: 0.05,
    });
    expect(wild).toMatch(
      /every one of them diverges \(the largest stable rate 2\/λmax is 0\.7\)\. At the current rate, 10, the run diverges;/,
    );
    expect(wild).not.toMatch(/NaN|Infinity|—/);
  });
  it('say the predictions’ error for training and test points, naming their markers', () => {
    expect(
      describePredictions({
        responseName: 'y',
        epoch: 200000,
        training: { count: 300, rmse: 0.0828 },
        test: { count: 50, rmse: 41.43 },
      }),
    ).toBe(
      'Predicted against actual y for the line at epoch 200,000: 300 points used for training (circles, RMSE 0.0828) and 50 points held out for testing (triangles, RMSE 41.4). Points on the dotted diagonal are predicted exactly.',
    );
    const alone = describePredictions({
      responseName: 'Sales',
      epoch: 3,
      training: { count: 1, rmse: Number.POSITIVE_INFINITY },
      test: null,
    });
    expect(alone).toMatch(
      /1 point used for training \(predictions overflowed, as the run diverged\); this data set has no/,
    );
  });
});

describe('lesson plot summaries of a diverged run', () => {
  it('name the landscape path’s last finite epoch', () => {
    const text = describeLandscape({
      window: { interceptFrom: -1, interceptTo: 1, slopeFrom: -1, slopeTo: 1 },
      minimum: MINIMUM,
      start: { intercept: 0, slope: 0, loss: 0.28 },
      now: { intercept: -3.5e150, slope: 2e151, loss: 4e302 },
      epoch: 311,
      diverged: true,
    });
    expect(text).toMatch(
      /at epoch 311 stands at intercept −3\.5×10¹⁵⁰, slope 2×10¹⁵¹ \(loss 4×10³⁰²\), its last finite step: the run diverges after it\.$/,
    );
  });
});
