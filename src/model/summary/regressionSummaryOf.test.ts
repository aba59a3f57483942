import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../adapters/csv';
import { loadAdvertising } from '../advertisingDataSet';
import { dataSetFromTable } from '../dataSet';
import { prepareManyFeatureProblem } from '../manyFeatures/manyFeatureProblem';
import { prepareRegressionProblem } from '../regressionProblem';
import { regressionSummaryOf } from './regressionSummaryOf';

// Expected values: statsmodels 0.13.5 on the raw Advertising columns, as published in
// REFERENCE C (9 significant digits unless given in full). The statsmodels comparison of every
// cell at 1e-9, run at test time, is in core/regressionSummary and in the browser test.

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

function dataSetOf(csv: string) {
  const result = importCsvText(csv);
  if (!result.ok) throw new Error(result.problem.message);
  return dataSetFromTable(result.table, { kind: 'pasted' }, 'test', 'test');
}

describe('regressionSummaryOf', () => {
  it('summarises the one-feature lesson in original units, whether or not gradient descent sees scaled data', () => {
    for (const scaled of [true, false]) {
      const outcome = regressionSummaryOf(prepareRegressionProblem(advertising, 'TV', 'Sales', scaled));
      if (!outcome.ok) throw new Error(outcome.message);
      const [intercept, tv] = outcome.summary.terms;
      expect(intercept!.name).toBe('intercept');
      expect(tv!.name).toBe('TV');
      expect(relative(intercept!.standardError, 0.45784294)).toBeLessThan(1e-8);
      expect(relative(tv!.standardError, 0.00269061)).toBeLessThan(5e-6);
      expect(relative(intercept!.tStatistic, 15.36027517)).toBeLessThan(1e-8);
      expect(relative(tv!.tStatistic, 17.6676256)).toBeLessThan(1e-8);
      expect(relative(outcome.summary.fStatistic, 312.1449943727131)).toBeLessThan(1e-12);
      expect(relative(outcome.summary.residualStandardError, 3.258656368650462)).toBeLessThan(1e-12);
      expect(outcome.responseName).toBe('Sales');
    }
  });

  it('summarises the weight-vector model on TV, Radio and Newspaper, condition number 454 included', () => {
    const outcome = regressionSummaryOf(prepareManyFeatureProblem(advertising, threeFeatures, true));
    if (!outcome.ok) throw new Error(outcome.message);
    const { summary } = outcome;
    expect(summary.terms.map((term) => term.name)).toEqual(['intercept', 'TV', 'Radio', 'Newspaper']);
    expect(relative(summary.terms[1]!.coefficient, 0.04576464545539759)).toBeLessThan(1e-13);
    expect(relative(summary.terms[1]!.pValue, 1.50995995e-81)).toBeLessThan(1e-8);
    expect(relative(summary.terms[3]!.pValue, 0.85991505)).toBeLessThan(1e-8);
    expect(relative(summary.rSquared, 0.8972106381789521)).toBeLessThan(1e-13);
    expect(relative(summary.fPValue, 1.5752272560924787e-96)).toBeLessThan(1e-6);
    expect(summary.observations).toBe(200);
    expect(summary.residualDegreesOfFreedom).toBe(196);
    expect(Math.round(outcome.conditionNumber)).toBe(454);
  });

  it('computes a problem’s summary once: asking again returns the same object', () => {
    const problem = prepareManyFeatureProblem(advertising, threeFeatures, false);
    expect(regressionSummaryOf(problem)).toBe(regressionSummaryOf(problem));
  });

  it('names the powers as the weights table does and takes R² about zero through the origin', () => {
    const outcome = regressionSummaryOf(
      prepareManyFeatureProblem(advertising, { ...threeFeatures, extraFeatures: [], polynomialDegree: 2 }, true),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary.terms.map((term) => term.name)).toEqual(['intercept', 'TV', 'TV^2']);
    const origin = regressionSummaryOf(
      prepareManyFeatureProblem(advertising, { ...threeFeatures, throughOrigin: true }, true),
    );
    if (!origin.ok) throw new Error(origin.message);
    expect(origin.summary.terms.map((term) => term.name)).toEqual(['TV', 'Radio', 'Newspaper']);
    expect(origin.summary.modelDegreesOfFreedom).toBe(3);
  });

  it('gives a plain reason instead of numbers when the rows leave no residual degrees of freedom', () => {
    const outcome = regressionSummaryOf(prepareRegressionProblem(dataSetOf('x,y\n1,2\n3,5\n'), 'x', 'y', false));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/2 rows for 2 coefficients leave no residual degrees of freedom/);
  });

  it('gives a plain reason when the line passes through every point', () => {
    const outcome = regressionSummaryOf(
      prepareRegressionProblem(dataSetOf('x,y\n1,3\n2,5\n3,7\n4,9\n'), 'x', 'y', false),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/exactly through every point/);
  });
});
