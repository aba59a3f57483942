import { describe, expect, it } from 'vitest';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { batchGradientStep, lossAndGradient } from './batchStep';
import { explainBatchStep } from './explainBatchStep';
import { runGradientDescent } from './trajectory';

describe('explainBatchStep', () => {
  it('writes out the two-point example by hand', () => {
    // points (1, 2) and (2, 4), line y = 0, learning rate 0.1
    const step = explainBatchStep({
      feature: [1, 2],
      response: [2, 4],
      line: { intercept: 0, slope: 0 },
      learningRate: 0.1,
    });
    expect(step.predictions).toEqual([0, 0]);
    expect(step.residuals).toEqual([2, 4]);
    expect(step.count).toBe(2);
    expect(step.sumResiduals).toBe(6); // 2 + 4
    expect(step.sumFeatureTimesResidual).toBe(10); // 1·2 + 2·4
    expect(step.sumSquaredResiduals).toBe(20); // 4 + 16
    expect(step.gradient).toEqual({ intercept: -6, slope: -10 }); // −(2/2)·6, −(2/2)·10
    expect(step.update.intercept).toBeCloseTo(-0.6, 15); // 0.1 × −6
    expect(step.update.slope).toBe(-1);
    expect(step.next).toEqual({ intercept: 0.6000000000000001, slope: 1 });
    expect(step.lossBefore).toBe(10); // 20/2
    // at (0.6, 1) the residuals are 0.4 and 1.4: (0.16 + 1.96)/2 = 1.06
    expect(step.lossAfter).toBeCloseTo(1.06, 14);
  });
  it('agrees bit for bit with lossAndGradient and batchGradientStep along the published run', () => {
    const { tv, sales } = readAdvertisingColumns();
    const feature = applyScaler(fitMinMaxScaler(tv), tv);
    const response = applyScaler(fitMinMaxScaler(sales), sales);
    const run = runGradientDescent({ feature, response, learningRate: 0.1, epochs: 1000 });
    for (const epoch of [0, 1, 2, 10, 500, 999]) {
      const line = { intercept: run.intercepts.at(epoch)!, slope: run.slopes.at(epoch)! };
      const step = explainBatchStep({ feature, response, line, learningRate: 0.1 });
      const reference = lossAndGradient(line, feature, response);
      expect(step.gradient).toEqual(reference.gradient);
      expect(step.lossBefore).toBe(reference.loss);
      expect(step.next).toEqual(batchGradientStep(line, feature, response, 0.1));
      expect(step.next).toEqual({ intercept: run.intercepts.at(epoch + 1), slope: run.slopes.at(epoch + 1) });
      expect(step.lossAfter).toBe(run.losses[epoch + 1]);
      expect(step.predictions.length).toBe(5);
    }
  });
  it('lists only the rows asked for, and never mutates its inputs', () => {
    const request = Object.freeze({
      feature: Object.freeze([1, 2, 3]),
      response: Object.freeze([1, 1, 1]),
      line: Object.freeze({ intercept: 1, slope: 0 }),
      learningRate: 0.5,
      rowsShown: 2,
    });
    const step = explainBatchStep(request);
    expect(step.residuals).toEqual([0, 0]);
    expect(explainBatchStep({ ...request, rowsShown: 10 }).predictions).toEqual([1, 1, 1]);
  });
  it('rejects a bad learning rate, a bad row count and bad data', () => {
    const data = { feature: [1, 2], response: [2, 4], line: { intercept: 0, slope: 0 } };
    expect(() => explainBatchStep({ ...data, learningRate: -1 })).toThrow(RangeError);
    expect(() => explainBatchStep({ ...data, learningRate: 0.1, rowsShown: -1 })).toThrow(RangeError);
    expect(() => explainBatchStep({ ...data, response: [2], learningRate: 0.1 })).toThrow(/pair up/);
  });
});
