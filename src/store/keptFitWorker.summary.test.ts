import { describe, expect, it } from 'vitest';
import type { ImportedColumn } from '../adapters/csv/types';
import { runPython } from '../core/testing/python';
import { loadAdvertising } from '../model/advertisingDataSet';
import type { DataSet } from '../model/dataSet';
import { prepareManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { regressionSummaryOf, type SummaryOutcome } from '../model/summary/regressionSummaryOf';
import { KeptFitWorker } from './keptFitWorker';
import { SLICE_VALUES } from './slicedColumns';
import { relative, sameThreadWorker } from './testing/sameThreadFitWorker';

const advertising = loadAdvertising();
const choice = (extraFeatures: string[], polynomialDegree = 1) => ({
  featureName: 'TV',
  extraFeatures,
  responseName: 'Sales',
  polynomialDegree,
  throughOrigin: false,
});

/** The model the generated data sets are summarised with: y on a (to the given power) and b. */
const generatedChoice = (polynomialDegree: number) => ({
  featureName: 'a',
  extraFeatures: ['b'],
  responseName: 'y',
  polynomialDegree,
  throughOrigin: false,
});

describe('KeptFitWorker summaries', () => {
  it('summarises a model it prepared from the columns it holds, sending no rows, as statsmodels does', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const data = generatedDataSet(3000);
    const choice = generatedChoice(2);
    const prepared = await kept.prepareMany(data, choice, true);
    if (!prepared.ok) throw new Error(prepared.message);
    const slicesBefore = worker.slices.length;
    const reply = await kept.summarise(prepared.problem);
    if (!reply.ok) throw new Error(reply.message);
    expect(worker.summarisedHeld()).toBe(1);
    expect(worker.summarisedColumns()).toBe(0);
    expect(worker.slices).toHaveLength(slicesBefore);
    // the same numbers as the page's own summary of that problem, and statsmodels' within 1e-9
    expect(reply).toEqual(regressionSummaryOf(prepared.problem));
    expectStatsmodels(reply, data, ['a', 'b'], 2);
    const line = await kept.prepareLine(data, 'b', 'y', false);
    if (!line.ok) throw new Error(line.message);
    const lineSummary = await kept.summarise(line.problem);
    expect(worker.summarisedHeld()).toBe(2);
    expectStatsmodels(lineSummary, data, ['b'], 1);
  });

  it('summarises a scaled line and a scaled weight vector exactly as the page would, from the data in its own units', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const data = generatedDataSet(2000);
    const line = await kept.prepareLine(data, 'a', 'y', true);
    if (!line.ok) throw new Error(line.message);
    expect(await kept.summarise(line.problem)).toEqual(regressionSummaryOf(line.problem));
    const many = await kept.prepareMany(data, generatedChoice(3), true);
    if (!many.ok) throw new Error(many.message);
    expect(await kept.summarise(many.problem)).toEqual(regressionSummaryOf(many.problem));
    expect(worker.summarisedHeld()).toBe(2);
  });

  it('summarises a problem prepared on the page from its own columns, sent as copies (the problem keeps its arrays)', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const data = generatedDataSet(1500);
    const choice = generatedChoice(1);
    const problem = prepareManyFeatureProblem(data, choice, false);
    const response = problem.original.response;
    const reply = await kept.summarise(problem);
    if (!reply.ok) throw new Error(reply.message);
    expect(worker.summarisedColumns()).toBe(1);
    expect(worker.sent).toEqual([]);
    expect(problem.original.response).toBe(response);
    expectStatsmodels(reply, data, ['a', 'b'], 1);
  });

  it('sends a long column in slices of its own, which the worker joins: the very summary the page computes', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const rows = 2 * SLICE_VALUES + 123; // three slices a column, the last a short one
    const data = generatedDataSet(rows);
    const problem = prepareManyFeatureProblem(data, generatedChoice(1), false);
    const response = problem.original.response;
    const reply = await kept.summarise(problem);
    expect(worker.summarisedColumns()).toBe(1);
    expect(problem.original.response).toBe(response);
    expect(problem.original.response.length).toBeGreaterThan(2 * SLICE_VALUES); // one row has a missing value
    expect(reply).toEqual(regressionSummaryOf(problem));
  });

  it('computes one summary for a problem asked twice, and answers stale when a newer model is asked for first', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const first = await kept.prepareMany(advertising, choice(['Radio']), false);
    if (!first.ok) throw new Error(first.message);
    const [once, twice] = await Promise.all([kept.summarise(first.problem), kept.summarise(first.problem)]);
    expect(once).toBe(twice);
    expect(worker.summarisedHeld()).toBe(1);
    const fresh = await kept.prepareMany(advertising, choice(['Radio']), true);
    if (!fresh.ok) throw new Error(fresh.message);
    const overtaken = kept.summarise(fresh.problem);
    const newer = kept.prepareMany(advertising, choice(['Radio', 'Newspaper']), false);
    expect(await overtaken).toMatchObject({ ok: false, stale: true });
    expect((await newer).ok).toBe(true);
    // asked again, the stale answer is not kept: the summary is computed
    const again = await kept.summarise(fresh.problem);
    expect(again.ok && again.summary.terms.map((term) => term.name)).toEqual(['intercept', 'TV', 'Radio']);
  });
});

/** `rows` rows of two features and a response (one row with a missing b), made by a fixed formula. */
function generatedDataSet(rows: number): DataSet {
  const a = Float64Array.from({ length: rows }, (_, i) => ((i * 7919) % 1000) / 100);
  const b = Float64Array.from({ length: rows }, (_, i) => (i === 5 ? Number.NaN : ((i * 104729) % 997) / 10));
  const y = Float64Array.from(
    { length: rows },
    (_, i) => 1.5 + 0.8 * a[i]! - 0.03 * a[i]! ** 2 + 0.2 * (b[i] || 0) + (((i * 31) % 17) - 8) / 10,
  );
  const column = (name: string, values: Float64Array): ImportedColumn => {
    const missing = values.reduce((count, value) => count + (Number.isNaN(value) ? 1 : 0), 0);
    return {
      name,
      label: name,
      values,
      numericCount: rows - missing,
      missing: missing > 0 ? [{ row: 6, value: 'NA', reason: 'missing' }] : [],
      missingCount: missing,
      kind: 'numeric',
      isIndex: false,
    };
  };
  return {
    title: 'generated',
    source: 'made here',
    origin: { kind: 'pasted' },
    rowCount: rows,
    columns: [column('a', a), column('b', b), column('y', y)],
  };
}

interface StatsmodelsFit {
  params: number[];
  bse: number[];
  pvalues: number[];
  rsquared: number;
  fvalue: number;
  nobs: number;
}

/** statsmodels' OLS of y on the named columns (the first with its powers up to `degree`), rows with a NaN dropped. */
function expectStatsmodels(outcome: SummaryOutcome, data: DataSet, names: string[], degree: number): void {
  if (!outcome.ok) throw new Error(outcome.message);
  const values = (name: string) =>
    Array.from(data.columns.find((column) => column.name === name)!.values, (v) => (Number.isNaN(v) ? null : v));
  const expected = runPython<StatsmodelsFit>(
    `
import json, sys
import numpy as np
import statsmodels.api as sm
data = json.load(sys.stdin)
columns = [np.array(column, dtype=float) for column in data['features']]
y = np.array(data['response'], dtype=float)
first, rest = columns[0], columns[1:]
X = np.column_stack([first ** k for k in range(1, data['degree'] + 1)] + rest)
keep = ~np.isnan(X).any(axis=1) & ~np.isnan(y)
r = sm.OLS(y[keep], sm.add_constant(X[keep], has_constant='add')).fit()
print(json.dumps({'params': r.params.tolist(), 'bse': r.bse.tolist(), 'pvalues': r.pvalues.tolist(),
  'rsquared': r.rsquared, 'fvalue': float(r.fvalue), 'nobs': int(r.nobs)}))
`,
    { features: names.map(values), response: values('y'), degree },
    ['numpy', 'statsmodels'],
  );
  const { summary } = outcome;
  expect(summary.observations).toBe(expected.nobs);
  summary.terms.forEach((term, i) => {
    expect(relative(term.coefficient, expected.params[i]!)).toBeLessThan(1e-9);
    expect(relative(term.standardError, expected.bse[i]!)).toBeLessThan(1e-9);
    // a p-value below the smallest double is 0 in both
    expect(term.pValue === expected.pvalues[i] || relative(term.pValue, expected.pvalues[i]!) < 1e-6).toBe(true);
  });
  expect(relative(summary.rSquared, expected.rsquared)).toBeLessThan(1e-9);
  expect(relative(summary.fStatistic, expected.fvalue)).toBeLessThan(1e-9);
}
