import { describe, expect, it } from 'vitest';
import { runLinearOptimiser } from '../../core/linearModel/runLinearOptimiser';
import { loadAdvertising } from '../advertisingDataSet';
import { dataSetFromTable } from '../dataSet';
import { prepareManyFeatureProblem } from './manyFeatureProblem';
import { modelInOriginalUnits } from './modelUnits';

const advertising = loadAdvertising();
const threeFeatures = {
  featureName: 'TV',
  extraFeatures: ['Radio', 'Newspaper'],
  responseName: 'Sales',
  polynomialDegree: 1,
  throughOrigin: false,
};

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('prepareManyFeatureProblem', () => {
  it('fits Sales on TV, Radio and Newspaper by least squares as statsmodels does (REFERENCE C)', () => {
    const problem = prepareManyFeatureProblem(advertising, threeFeatures, false);
    const { model, rSquared } = problem.leastSquares;
    expect(relative(model.intercept, 2.93888936945941)).toBeLessThan(1e-13);
    expect(relative(model.weights[0]!, 0.04576464545539759)).toBeLessThan(1e-13);
    expect(relative(model.weights[1]!, 0.18853001691820426)).toBeLessThan(1e-13);
    expect(relative(model.weights[2]!, -0.0010374930424761931)).toBeLessThan(1e-11);
    expect(relative(rSquared, 0.8972106381789521)).toBeLessThan(1e-13);
    expect(problem.termNames).toEqual(['TV', 'Radio', 'Newspaper']);
  });

  it('on min–max scaled columns, 1000 batch epochs at rate 0.1 end where numpy ends (REFERENCE C)', () => {
    const problem = prepareManyFeatureProblem(advertising, threeFeatures, true);
    const run = runLinearOptimiser({
      problem: problem.working,
      learningRate: 0.1,
      epochs: 1000,
      statistics: problem.statistics,
    });
    expect(relative(run.intercepts[1000]!, 0.05392310452927566)).toBeLessThan(1e-12);
    expect(relative(run.weights[0]![1000]!, 0.53277908)).toBeLessThan(1e-8);
    expect(relative(run.weights[1]![1000]!, 0.36805577)).toBeLessThan(1e-8);
    expect(relative(run.weights[2]![1000]!, -0.00433241)).toBeLessThan(1e-6);
    expect(relative(run.losses[1000]!, 0.004315407586377058)).toBeLessThan(1e-12);
    expect(relative(problem.stableLearningRate, 0.6368679010630375)).toBeLessThan(1e-12);
    expect(relative(problem.olsLoss, 0.004315404418300788)).toBeLessThan(1e-12);
    expect(relative(problem.olsModel.intercept, 0.05396116)).toBeLessThan(1e-7);
  });

  it('maps the scaled least-squares model back to the unscaled one', () => {
    const problem = prepareManyFeatureProblem(advertising, threeFeatures, true);
    const back = modelInOriginalUnits(problem.olsModel, problem.termScalers, problem.responseScaler);
    expect(relative(back.intercept, 2.93888936945941)).toBeLessThan(1e-12);
    expect(relative(back.weights[1]!, 0.18853001691820426)).toBeLessThan(1e-12);
  });

  it('names powers of the first feature and keeps the intercept at zero through the origin', () => {
    const problem = prepareManyFeatureProblem(
      advertising,
      { ...threeFeatures, extraFeatures: [], polynomialDegree: 3, throughOrigin: true },
      true,
    );
    expect(problem.termNames).toEqual(['TV', 'TV^2', 'TV^3']);
    expect(problem.olsModel.intercept).toBe(0);
    expect(problem.working.fitIntercept).toBe(false);
    expect(problem.termScalers.every((scaler) => scaler.offset === 0)).toBe(true);
  });

  it.each([
    ['the response as a feature', { extraFeatures: ['Sales'] }, /“Sales” is the response/],
    ['a column chosen twice', { extraFeatures: ['Radio', 'Radio'] }, /chosen twice/],
    ['a column that is not there', { extraFeatures: ['Billboards'] }, /no column named “Billboards”/],
  ])('refuses %s with a message naming it', (_name, change, message) => {
    expect(() => prepareManyFeatureProblem(advertising, { ...threeFeatures, ...change }, true)).toThrow(message);
  });

  it('names the columns when one is the sum of others', () => {
    const columns = advertising.columns;
    const tv = columns.find((column) => column.name === 'TV')!;
    const radio = columns.find((column) => column.name === 'Radio')!;
    const sum = { ...tv, name: 'TV+Radio', label: 'TV+Radio', values: tv.values.map((v, i) => v + radio.values[i]!) };
    const data = dataSetFromTable(
      {
        rowCount: advertising.rowCount,
        delimiter: ',',
        decimalComma: false,
        hasHeaderRow: true,
        columns: [...columns, sum],
      },
      { kind: 'pasted' },
      'sum',
      '',
    );
    expect(() =>
      prepareManyFeatureProblem(data, { ...threeFeatures, extraFeatures: ['Radio', 'TV+Radio'] }, true),
    ).toThrow(/TV\+Radio/);
  });
});

describe('prepareManyFeatureProblem refuses data it cannot fit, with a message naming the columns', () => {
  function table(columns: Record<string, number[]>) {
    const names = Object.keys(columns);
    const rowCount = columns[names[0]!]!.length;
    return dataSetFromTable(
      {
        rowCount,
        delimiter: ',',
        decimalComma: false,
        hasHeaderRow: true,
        columns: names.map((name) => ({
          name,
          label: name,
          values: Float64Array.from(columns[name]!),
          numericCount: rowCount,
          missing: [],
          missingCount: 0,
          kind: 'numeric' as const,
          isIndex: false,
        })),
      },
      { kind: 'pasted' },
      'test',
      '',
    );
  }
  const choice = (extraFeatures: string[]) => ({
    featureName: 'a',
    extraFeatures,
    responseName: 'y',
    polynomialDegree: 1,
    throughOrigin: false,
  });

  it('two identical columns', () => {
    const data = table({ a: [1, 2, 3, 4, 5], b: [2, 7, 1, 8, 2], c: [2, 7, 1, 8, 2], y: [1, 3, 2, 5, 4] });
    expect(() => prepareManyFeatureProblem(data, choice(['b', 'c']), true)).toThrow(/b.*c|c.*b/);
  });

  it('more terms than rows', () => {
    const data = table({ a: [1, 2, 3], b: [3, 1, 2], c: [5, 6, 4], y: [1, 3, 2] });
    expect(() => prepareManyFeatureProblem(data, choice(['b', 'c']), true)).toThrow(/row/);
  });

  it('a constant feature', () => {
    const data = table({ a: [1, 2, 3, 4], b: [7, 7, 7, 7], y: [1, 3, 2, 5] });
    expect(() => prepareManyFeatureProblem(data, choice(['b']), true)).toThrow(/b/);
  });

  it('powers too large to square', () => {
    const data = table({ a: [1e40, 2e40, 3e40, 5e40], y: [1, 3, 2, 5] });
    expect(() => prepareManyFeatureProblem(data, { ...choice([]), polynomialDegree: 5 }, true)).toThrow(
      /a\^4.*too large|a\^5.*too large/,
    );
  });
});
