import { describe, expect, it } from 'vitest';
import { loadAdvertising } from '../advertisingDataSet';
import { prepareManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import { prepareRegressionProblem } from '../regressionProblem';
import { compareMethods, methodsInputOf } from './compareMethods';

// Expected values: REFERENCE A and C (numpy, statsmodels, published), not this code.
const advertising = loadAdvertising();
const settings = { learningRate: 0.1, epochs: 1000, batchSize: 32, seed: 1 };
let tick = 0;
const clock = () => tick++;

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('compareMethods', () => {
  it('on scaled TV → Sales gives the lesson’s closed form, QR beside it and batch descent’s published numbers', () => {
    const rows = compareMethods(
      methodsInputOf(prepareRegressionProblem(advertising, 'TV', 'Sales', true), settings),
      clock,
    );
    expect(rows.map((row) => row.id)).toEqual([
      'closed-form',
      'qr',
      'normal-equations',
      'batch',
      'mini-batch',
      'stochastic',
      'momentum',
      'adam',
    ]);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId['closed-form']!.coefficients).toEqual([0.21519170068625232, 0.5534088415765329]);
    expect(relative(byId.qr!.coefficients[1]!, 0.5534088415765329)).toBeLessThan(1e-14);
    expect(byId.batch!.epochs).toBe(1000);
    expect(relative(byId.batch!.coefficients[0]!, 0.21519198226718594)).toBeLessThan(1e-13);
    expect(relative(byId.batch!.coefficients[1]!, 0.5534083104180343)).toBeLessThan(1e-13);
    expect(relative(byId.qr!.mse!, 0.016294644608557188)).toBeLessThan(1e-13);
    expect(byId['normal-equations']!.digitsAgreeing!).toBeGreaterThan(11);
    for (const row of rows) {
      expect(row.failure).toBeNull();
      for (const value of [...row.coefficients, row.mse!, row.gapToQr!, row.digitsAgreeing!, row.milliseconds])
        expect(Number.isFinite(value), `${row.id}`).toBe(true);
    }
  });

  it('on TV, Radio and Newspaper (scaled) gives numpy’s batch MSE and QR’s floor (REFERENCE C)', () => {
    const problem = prepareManyFeatureProblem(
      advertising,
      {
        featureName: 'TV',
        extraFeatures: ['Radio', 'Newspaper'],
        responseName: 'Sales',
        polynomialDegree: 1,
        throughOrigin: false,
      },
      true,
    );
    const rows = compareMethods(methodsInputOf(problem, settings), clock);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId['closed-form']).toBeUndefined();
    expect(relative(byId.batch!.mse!, 0.004315407586377058)).toBeLessThan(1e-12);
    expect(relative(byId.qr!.mse!, 0.004315404418300788)).toBeLessThan(1e-12);
    expect(byId.qr!.coefficients).toHaveLength(4);
    expect(byId.qr!.gapToQr).toBe(0);
  });

  it('names a divergence instead of giving numbers when the rate is too large', () => {
    const rows = compareMethods(
      methodsInputOf(prepareRegressionProblem(advertising, 'TV', 'Sales', true), { ...settings, learningRate: 5 }),
      clock,
    );
    const batch = rows.find((row) => row.id === 'batch')!;
    expect(batch.failure).toMatch(/Diverged at epoch \d+/);
    expect(batch.coefficients).toEqual([]);
  });
});
