import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, savedSettingsOf, test } from './fixtures';
import { largeFourColumnCsv } from './largeCsv';

test.describe.configure({ timeout: 240_000 });

// A weight-vector model on more than 200 000 rows is prepared in a worker (O(N·p²)), not only when
// features are ticked but also when the scaling is switched and when a reload restores it. The
// worker lives as long as the page and keeps the columns it was sent, so the tests see one
// worker start per page (Playwright reports every dedicated worker a page creates); how long the
// main thread is held is measured in `npm run bench`, not asserted here.

/** Counts the model-preparing workers the pages start from now on (across reloads). */
function countModelWorkers(page: Page): () => number {
  let count = 0;
  page.on('worker', (worker) => {
    if (worker.url().includes('prepareManyFit')) count++;
  });
  return () => count;
}

/** Opens the notebook, uploads `csv` and ticks b and c beside a (response y); returns the Features group. */
async function openWithThreeFeatures(page: Page, csv: Buffer) {
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles({ name: 'large3.csv', mimeType: 'text/csv', buffer: csv });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /large3/, { timeout: 90_000 });
  await page.getByTestId('feature-column').selectOption('a');
  await page.getByTestId('response-column').selectOption('y');
  const features = page.getByRole('group', { name: 'Features' });
  for (const name of ['b', 'c']) {
    await features.getByRole('checkbox', { name, exact: true }).click();
    await expect(features.getByRole('checkbox', { name, exact: true })).toBeChecked({ timeout: 60_000 });
  }
  return features;
}

/** The coefficients shown, in working units (the data's own units when scaling is off). */
const WEIGHTS = ['gd-weight-b', 'gd-weight-c', 'ols-weight-b', 'ols-weight-c', 'gd-intercept', 'ols-intercept'];

async function weightsOf(page: Page): Promise<string[]> {
  return Promise.all(WEIGHTS.map((testId) => dataValueOf(page, testId)));
}

test('on 250 000 rows, switching the scaling and reloading prepare the three-feature model in the worker, with the same numbers', async ({
  page,
}) => {
  const modelWorkers = countModelWorkers(page);
  const features = await openWithThreeFeatures(page, largeFourColumnCsv());
  await expect(page.getByTestId('ols-weight-c-original')).toHaveAttribute('data-value', /^0\.2(4|5)/, {
    timeout: 60_000,
  });
  // one long-lived worker prepared the first feature's line and both models
  expect(modelWorkers()).toBe(1);
  // with scaling on, the table also shows each coefficient in the data's units
  const scaledOriginal = await Promise.all(
    ['gd-weight-c-original', 'ols-weight-b-original', 'ols-weight-c-original'].map((id) => dataValueOf(page, id)),
  );

  // switching the units off: the worker prepares the model again, the controls wait meanwhile
  const scaling = page.getByTestId('scaling');
  await expect(scaling).toBeChecked();
  await scaling.click();
  await expect(scaling).not.toBeChecked({ timeout: 60_000 });
  await expect(page.getByTestId('model-preparing')).toHaveCount(0, { timeout: 60_000 });
  expect(modelWorkers()).toBe(1);
  const unscaledWeights = await weightsOf(page);
  // least squares in the data's units is the same QR whatever the working units; descent is not
  for (const [shown, before] of [
    [unscaledWeights[2]!, scaledOriginal[1]!],
    [unscaledWeights[3]!, scaledOriginal[2]!],
  ]) {
    expect(Math.abs(Number(shown) - Number(before))).toBeLessThanOrEqual(1e-12 * Math.abs(Number(before)));
  }
  expect(unscaledWeights[1]).not.toBe(scaledOriginal[0]);
  await expectNoBrokenValues(page);

  // a reload restores data, features and units; the model comes from the worker again
  await expect
    .poll(
      async () => {
        const settings = await savedSettingsOf(page);
        return settings && [settings.scaling, settings.extraFeatures];
      },
      { timeout: 30_000 },
    )
    .toEqual([false, ['b', 'c']]);
  await page.reload();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /large3/, { timeout: 90_000 });
  await expect(page.getByTestId('gd-weight-c')).toHaveAttribute('data-value', unscaledWeights[1]!, { timeout: 90_000 });
  await expect(page.getByTestId('model-preparing')).toHaveCount(0, { timeout: 60_000 });
  // the reloaded page starts a worker of its own
  expect(modelWorkers()).toBe(2);
  expect(await weightsOf(page)).toEqual(unscaledWeights);
  await expect(features.getByRole('checkbox', { name: 'c', exact: true })).toBeChecked();
  await expect(scaling).not.toBeChecked();
  await expectNoBrokenValues(page);
});

interface StatsmodelsFit {
  params: number[];
  bse: number[];
  tvalues: number[];
  pvalues: number[];
  rsquared: number;
  fvalue: number;
  nobs: number;
}

/** statsmodels' OLS of y on the named columns of the CSV, run now (Debian's python3-statsmodels). */
function statsmodelsOn(csv: Buffer, features: string[]): StatsmodelsFit {
  const script = `
import io, json, sys
import numpy as np
import statsmodels.api as sm
request = json.loads(sys.stdin.readline())
data = np.loadtxt(io.StringIO(sys.stdin.read()), delimiter=',', skiprows=1)
header = ['a', 'b', 'c', 'y']
X = sm.add_constant(np.column_stack([data[:, header.index(name)] for name in request['features']]))
r = sm.OLS(data[:, 3], X).fit()
print(json.dumps({'params': r.params.tolist(), 'bse': r.bse.tolist(), 'tvalues': r.tvalues.tolist(),
  'pvalues': r.pvalues.tolist(), 'rsquared': r.rsquared, 'fvalue': float(r.fvalue), 'nobs': int(r.nobs)}))
`;
  if (!existsSync('/usr/bin/python3')) throw new Error('/usr/bin/python3 is missing: install python3-statsmodels.');
  try {
    const input = `${JSON.stringify({ features })}\n${csv.toString('utf8')}`;
    return JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 26 }),
    ) as StatsmodelsFit;
  } catch (error) {
    throw new Error(`statsmodels could not be run (apt-get install -y python3-statsmodels): ${String(error)}`);
  }
}

async function expectSummaryOf(page: Page, terms: string[], reference: StatsmodelsFit): Promise<void> {
  const close = async (testId: string, expected: number, relative: number) => {
    const value = Number(await dataValueOf(page, testId));
    // a p-value below the smallest double is 0 on both sides
    if (expected === 0) expect(value, testId).toBe(0);
    else
      expect(Math.abs(value / expected - 1), `${testId}: page ${value}, statsmodels ${expected}`).toBeLessThan(
        relative,
      );
  };
  for (const [k, term] of ['intercept', ...terms].entries()) {
    await close(`summary-${term}-coef`, reference.params[k]!, 1e-9);
    await close(`summary-${term}-se`, reference.bse[k]!, 1e-9);
    await close(`summary-${term}-t`, reference.tvalues[k]!, 1e-9);
    await close(`summary-${term}-p`, reference.pvalues[k]!, 1e-6);
  }
  await close('summary-r-squared', reference.rsquared, 1e-9);
  await close('summary-f', reference.fvalue, 1e-9);
  expect(Number(await dataValueOf(page, 'summary-observations'))).toBe(reference.nobs);
}

test('on 250 000 rows the regression summary is computed by the worker that holds the columns, and agrees with statsmodels', async ({
  page,
}) => {
  // two summaries of 250 000 rows and two statsmodels runs: minutes on a loaded machine
  test.setTimeout(420_000);
  const modelWorkers = countModelWorkers(page);
  const csv = largeFourColumnCsv();
  const features = await openWithThreeFeatures(page, csv);
  await page.getByTestId('regression-summary-panel').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('summary-c-se')).toBeVisible({ timeout: 90_000 });
  await expectSummaryOf(page, ['a', 'b', 'c'], statsmodelsOn(csv, ['a', 'b', 'c']));
  // a change of model: the same worker summarises the new one from the columns it already holds
  await features.getByRole('checkbox', { name: 'c', exact: true }).click();
  await expect(page.getByTestId('summary-c-se')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('summary-b-se')).toBeVisible({ timeout: 90_000 });
  await expectSummaryOf(page, ['a', 'b'], statsmodelsOn(csv, ['a', 'b']));
  expect(modelWorkers()).toBe(1);
  await expectNoBrokenValues(page);
});
