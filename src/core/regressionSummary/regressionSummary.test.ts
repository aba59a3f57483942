import { describe, expect, it } from 'vitest';
import { fitLinearLeastSquares } from '../leastSquares/fitLinearLeastSquares';
import { accurateVarianceFactors } from '../leastSquares/varianceFactors';
import type { LinearProblem } from '../linearModel/model';
import { readAdvertisingColumns } from '../testing/advertising';
import { runPython } from '../testing/python';
import { regressionSummary } from './regressionSummary';
import { fisherUpperTail, studentCriticalValue, studentTwoSidedPValue } from './tailProbabilities';

interface StatsmodelsSummary {
  params: number[];
  bse: number[];
  tvalues: number[];
  pvalues: number[];
  ci: number[][];
  rsquared: number;
  rsquared_adj: number;
  fvalue: number;
  f_pvalue: number;
  residual_se: number;
  df_resid: number;
}

const STATSMODELS = `
import json, sys
import numpy as np
import statsmodels.api as sm
data = json.load(sys.stdin)
X = np.column_stack(data['features'])
if data['intercept']:
    X = sm.add_constant(X, has_constant='add')
r = sm.OLS(np.array(data['response']), X).fit()
print(json.dumps({'params': r.params.tolist(), 'bse': r.bse.tolist(), 'tvalues': r.tvalues.tolist(),
  'pvalues': r.pvalues.tolist(), 'ci': r.conf_int(0.05).tolist(), 'rsquared': r.rsquared,
  'rsquared_adj': r.rsquared_adj, 'fvalue': float(r.fvalue), 'f_pvalue': float(r.f_pvalue),
  'residual_se': float(np.sqrt(r.scale)), 'df_resid': r.df_resid}))
`;

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

function compare(problem: LinearProblem): void {
  const expected = runPython<StatsmodelsSummary>(
    STATSMODELS,
    {
      features: problem.features.map((feature) => Array.from(feature.values)),
      response: Array.from(problem.response),
      intercept: problem.fitIntercept,
    },
    ['numpy', 'statsmodels'],
  );
  const fit = fitLinearLeastSquares(problem);
  const summary = regressionSummary(
    fit,
    accurateVarianceFactors(problem),
    problem.features.map((feature) => feature.name),
    problem.response.length,
  );
  expect(summary.residualDegreesOfFreedom).toBe(expected.df_resid);
  summary.terms.forEach((term, k) => {
    expect(relativeError(term.coefficient, expected.params[k]!)).toBeLessThan(1e-9);
    expect(relativeError(term.standardError, expected.bse[k]!)).toBeLessThan(1e-9);
    expect(relativeError(term.tStatistic, expected.tvalues[k]!)).toBeLessThan(1e-9);
    expect(relativeError(term.pValue, expected.pvalues[k]!)).toBeLessThan(1e-6);
    expect(relativeError(term.confidenceLow, expected.ci[k]![0]!)).toBeLessThan(1e-9);
    expect(relativeError(term.confidenceHigh, expected.ci[k]![1]!)).toBeLessThan(1e-9);
  });
  expect(relativeError(summary.rSquared, expected.rsquared)).toBeLessThan(1e-9);
  expect(relativeError(summary.adjustedRSquared, expected.rsquared_adj)).toBeLessThan(1e-9);
  expect(relativeError(summary.fStatistic, expected.fvalue)).toBeLessThan(1e-9);
  expect(relativeError(summary.fPValue, expected.f_pvalue)).toBeLessThan(1e-6);
  expect(relativeError(summary.residualStandardError, expected.residual_se)).toBeLessThan(1e-9);
}

const columns = readAdvertisingColumns();
const feature = (name: 'tv' | 'radio' | 'newspaper') => ({ name, values: Float64Array.from(columns[name]) });
const sales = Float64Array.from(columns.sales);

describe('the regression summary against statsmodels OLS run now', () => {
  it('agrees on Advertising sales ~ TV, every cell to 1e-9 relative and p-values to 1e-6', () => {
    compare({ features: [feature('tv')], response: sales, fitIntercept: true });
  });
  it('agrees on Advertising sales ~ TV + Radio + Newspaper, the tiny p-values included', () => {
    compare({ features: [feature('tv'), feature('radio'), feature('newspaper')], response: sales, fitIntercept: true });
  });
  it('agrees on a model through the origin, where R² and F are taken about zero', () => {
    compare({ features: [feature('tv'), feature('radio')], response: sales, fitIntercept: false });
  });
});

describe('the summary against REFERENCE C (statsmodels, published)', () => {
  it('gives the standard errors, F, its p-value, adjusted R² and the residual standard error of TV + Radio + Newspaper', () => {
    const problem = {
      features: [feature('tv'), feature('radio'), feature('newspaper')],
      response: sales,
      fitIntercept: true,
    };
    const summary = regressionSummary(
      fitLinearLeastSquares(problem),
      accurateVarianceFactors(problem),
      ['tv', 'radio', 'newspaper'],
      200,
    );
    const standardErrors = summary.terms.map((term) => term.standardError);
    [0.31190824, 0.0013949, 0.00861123, 0.00587101].forEach((value, k) => {
      expect(relativeError(standardErrors[k]!, value)).toBeLessThan(5e-6);
    });
    expect(relativeError(summary.fStatistic, 570.2707036590941)).toBeLessThan(1e-12);
    expect(relativeError(summary.fPValue, 1.5752272560924787e-96)).toBeLessThan(1e-6);
    expect(relativeError(summary.adjustedRSquared, 0.8956373316204667)).toBeLessThan(1e-13);
    expect(relativeError(summary.residualStandardError, 1.6855103734147443)).toBeLessThan(1e-13);
  });
});

describe('the tail probabilities', () => {
  it('keep a far-tail p-value in relative terms instead of rounding it to 0', () => {
    const p = studentTwoSidedPValue(32.8, 196);
    expect(p).toBeGreaterThan(1e-82);
    expect(p).toBeLessThan(1e-80);
  });
  it('give the textbook critical value t*(0.975, 10) = 2.228138851986… (scipy)', () => {
    expect(relativeError(studentCriticalValue(0.05, 10), 2.228138851986274)).toBeLessThan(1e-12);
  });
  it('give F upper tails that are 1 at zero and sum with the lower tail by symmetry of t² ~ F(1, ν)', () => {
    expect(fisherUpperTail(0, 2, 10)).toBe(1);
    expect(relativeError(fisherUpperTail(2.5 ** 2, 1, 7), studentTwoSidedPValue(2.5, 7))).toBeLessThan(1e-13);
  });
  it('refuse a non-positive number of degrees of freedom with a message', () => {
    expect(() => studentTwoSidedPValue(1, 0)).toThrow(/degrees of freedom/);
  });
});
