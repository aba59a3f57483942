import { describe, expect, it } from 'vitest';
import type { ImportedColumn } from '../adapters/csv/types';
import { loadAdvertising } from '../model/advertisingDataSet';
import type { DataSet } from '../model/dataSet';
import { prepareManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import { prepareRegressionProblem } from '../model/regressionProblem';
import { createFitPreparationApi } from '../workers/fitPreparationApi';
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

describe('KeptFitWorker', () => {
  it('prepares Sales on TV, Radio and Newspaper as statsmodels fits it (REFERENCE C), sending each column once', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    expect((await kept.prepareMany(advertising, choice(['Radio']), false)).ok).toBe(true);
    const reply = await kept.prepareMany(advertising, choice(['Radio', 'Newspaper']), false);
    if (!reply.ok) throw new Error(reply.message);
    const { model } = reply.problem.leastSquares;
    expect(relative(model.intercept, 2.93888936945941)).toBeLessThan(1e-13);
    expect(relative(model.weights[0]!, 0.04576464545539759)).toBeLessThan(1e-13);
    expect(relative(model.weights[1]!, 0.18853001691820426)).toBeLessThan(1e-13);
    expect(relative(model.weights[2]!, -0.0010374930424761931)).toBeLessThan(1e-11);
    // the second request sent only the column the worker did not hold yet
    expect(worker.sent.map((entry) => entry.name)).toEqual(['TV', 'Radio', 'Sales', 'Newspaper']);
    expect(worker.started()).toBe(1);
  });

  it('prepares the scaled line of Sales on TV with the published least-squares numbers (REFERENCE B), from columns already held', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    await kept.prepareMany(advertising, choice(['Radio']), true);
    const reply = await kept.prepareLine(advertising, 'TV', 'Sales', true);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.problem.ols.intercept).toBe(0.21519170068625232);
    expect(reply.problem.ols.slope).toBe(0.5534088415765329);
    expect(worker.sent).toHaveLength(3);
  });

  it('never hands the page memory the worker keeps: with no row left out a line’s raw columns are the page’s own arrays', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    for (const scaled of [false, true]) {
      const reply = await kept.prepareLine(advertising, 'TV', 'Sales', scaled);
      if (!reply.ok) throw new Error(reply.message);
      expect(reply.problem.rawFeature).toBe(advertising.columns.find((c) => c.name === 'TV')!.values);
      expect(reply.problem.rawResponse).toBe(advertising.columns.find((c) => c.name === 'Sales')!.values);
      // unscaled, descent sees the raw columns; scaled, columns of the worker's own
      expect(reply.problem.feature === reply.problem.rawFeature).toBe(!scaled);
      expect(worker.held.isHeld(reply.problem.feature)).toBe(false);
      expect(worker.held.isHeld(reply.problem.response)).toBe(false);
    }
  });

  it('hands back a weight-vector model whose plain columns are the page’s own arrays, the same problem as one prepared on the page', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const column = (name: string) => advertising.columns.find((c) => c.name === name)!.values;
    for (const scaled of [false, true]) {
      const reply = await kept.prepareMany(advertising, choice(['Radio'], 2), scaled);
      if (!reply.ok) throw new Error(reply.message);
      const { original, working } = reply.problem;
      expect(original.features.map((feature) => feature.name)).toEqual(['TV', 'TV^2', 'Radio']);
      expect(original.features[0]!.values).toBe(column('TV'));
      expect(original.features[2]!.values).toBe(column('Radio'));
      expect(original.response).toBe(column('Sales'));
      expect(working.response === original.response).toBe(!scaled);
      expect(worker.held.isHeld(original.features[1]!.values)).toBe(false);
      expect(reply.problem).toEqual(prepareManyFeatureProblem(advertising, choice(['Radio'], 2), scaled));
    }
  });

  it('gives a line with a row left out its own columns, copies of the usable rows', async () => {
    const withGap = (values: Float64Array) => values.map((value, i) => (i === 3 ? Number.NaN : value));
    const gapped: DataSet = {
      ...advertising,
      columns: advertising.columns.map((column) =>
        column.name === 'TV'
          ? {
              ...column,
              values: withGap(column.values),
              numericCount: column.numericCount - 1,
              missing: [{ row: 4, value: 'NA', reason: 'missing' as const }],
              missingCount: 1,
            }
          : column,
      ),
    };
    const worker = sameThreadWorker();
    const reply = await new KeptFitWorker(worker.connect).prepareLine(gapped, 'TV', 'Sales', false);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.problem.leftOutRowCount).toBe(1);
    expect(reply.problem.rawFeature).toHaveLength(199);
    expect(worker.held.isHeld(reply.problem.rawFeature)).toBe(false);
    expect(reply.problem.ols).toEqual(prepareRegressionProblem(gapped, 'TV', 'Sales', false).ols);
  });

  it('sends the page copies, never the data set’s own arrays (they are transferred away)', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    await kept.prepareLine(advertising, 'TV', 'Sales', false);
    for (const column of advertising.columns) expect(worker.held.isHeld(column.values)).toBe(false);
  });

  it('sends a long column in slices of 2 MB that the worker puts back together', async () => {
    const rows = 2 * SLICE_VALUES + 1000;
    const column = (name: string, values: Float64Array): ImportedColumn => ({
      name,
      label: name,
      values,
      numericCount: rows,
      missing: [],
      missingCount: 0,
      kind: 'numeric',
      isIndex: false,
    });
    const x = Float64Array.from({ length: rows }, (_, i) => (i % 977) / 10);
    const y = x.map((value, i) => 3 + 2 * value + ((i * 31) % 17) / 100);
    const large: DataSet = {
      title: 'large',
      source: 'made here',
      origin: { kind: 'pasted' },
      rowCount: rows,
      columns: [column('x', x), column('y', y)],
    };
    const worker = sameThreadWorker();
    const reply = await new KeptFitWorker(worker.connect).prepareLine(large, 'x', 'y', false);
    if (!reply.ok) throw new Error(reply.message);
    expect(worker.slices.filter((slice) => slice.name === 'x')).toEqual([
      { name: 'x', start: 0, length: SLICE_VALUES },
      { name: 'x', start: SLICE_VALUES, length: SLICE_VALUES },
      { name: 'x', start: 2 * SLICE_VALUES, length: 1000 },
    ]);
    const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((value, i) => value === b[i]);
    expect(same(reply.problem.rawFeature, x)).toBe(true);
    expect(same(reply.problem.rawResponse, y)).toBe(true);
  });

  it('answers an overtaken weight-vector request as stale: the newer choice wins', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const older = kept.prepareMany(advertising, choice(['Radio']), false);
    const newer = kept.prepareMany(advertising, choice(['Radio', 'Newspaper']), false);
    const [first, second] = await Promise.all([older, newer]);
    expect(first).toMatchObject({ ok: false, stale: true });
    expect(second.ok && second.problem.termNames).toEqual(['TV', 'Radio', 'Newspaper']);
  });

  it('drops the old data set’s columns when a new data set replaces it, and answers a late request about the old one as stale', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    await kept.prepareMany(advertising, choice(['Radio']), false);
    const replaced: DataSet = { ...loadAdvertising(), title: 'Advertising again' };
    const line = await kept.prepareLine(replaced, 'Radio', 'Sales', false);
    expect(line.ok).toBe(true);
    expect(worker.held.size).toBe(2);
    expect(worker.sent.map((entry) => entry.key)).toEqual([1, 1, 1, 2, 2]);
    // a request about the first data set now gets its columns again, under a new key
    const again = await kept.prepareLine(advertising, 'TV', 'Sales', false);
    expect(again.ok).toBe(true);
    expect(worker.sent.slice(5)).toEqual([
      { key: 3, name: 'TV' },
      { key: 3, name: 'Sales' },
    ]);
    // the worker itself refuses a request about a data set it no longer holds
    const api = createFitPreparationApi(worker.held);
    const { columns: _columns, ...shape } = advertising;
    expect(api.prepareLine({ key: 1, shape, featureName: 'TV', responseName: 'Sales', scaled: false })).toMatchObject({
      ok: false,
      stale: true,
    });
  });

  it('reports an unfittable choice with its reason and keeps the worker', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    const reply = await kept.prepareMany(advertising, { ...choice(['Sales']) }, false);
    expect(reply).toMatchObject({ ok: false });
    expect(!reply.ok && reply.message).toMatch(/“Sales” is the response/);
    expect(!reply.ok && reply.stale).toBeFalsy();
    expect(worker.stopped()).toBe(0);
  });

  it('reports a failed worker clearly, then starts a new one and sends the columns again', async () => {
    const worker = sameThreadWorker();
    let hang = true;
    const kept = new KeptFitWorker(worker.connect, () => (hang ? new Promise<never>(() => {}) : Promise.resolve()));
    const pending = kept.prepareMany(advertising, choice(['Radio']), false);
    worker.fail(new Error('the background worker failed: out of memory'));
    expect(await pending).toEqual({
      ok: false,
      message: 'The model could not be prepared in the background (the background worker failed: out of memory).',
    });
    expect(worker.stopped()).toBe(1);
    hang = false;
    expect((await kept.prepareMany(advertising, choice(['Radio']), false)).ok).toBe(true);
    expect(worker.started()).toBe(2);
    expect(worker.sent.map((entry) => entry.name)).toEqual(['TV', 'Radio', 'Sales']);
  });

  it('reports a worker that cannot be started instead of leaving the call pending', async () => {
    const kept = new KeptFitWorker(() => {
      throw new ReferenceError('Worker is not defined');
    });
    expect(await kept.prepareLine(advertising, 'TV', 'Sales', false)).toEqual({
      ok: false,
      message: 'The fit could not be prepared in the background (Worker is not defined).',
    });
  });

  it('drops a data set’s columns when the page moves on to data it does not send, and sends them again if asked', async () => {
    const worker = sameThreadWorker();
    const kept = new KeptFitWorker(worker.connect);
    await kept.prepareMany(advertising, choice(['Radio']), false);
    kept.forgetUnless(advertising);
    expect(worker.released).toEqual([]);
    kept.forgetUnless({ ...advertising, title: 'another data set' });
    await Promise.resolve();
    expect(worker.released).toEqual([2]);
    expect(worker.held.size).toBe(0);
    // a slice of the forgotten data set arriving late is refused
    const { values, ...shape } = advertising.columns[0]!;
    expect(worker.held.holdSlice(1, shape, values.length, 0, values.slice())).toBe(false);
    expect((await kept.prepareLine(advertising, 'TV', 'Sales', false)).ok).toBe(true);
    expect(worker.sent.slice(3)).toEqual([
      { key: 3, name: 'TV' },
      { key: 3, name: 'Sales' },
    ]);
  });
});
