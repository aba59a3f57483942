import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, savedSettingsOf, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

// A weight-vector model on more than 200 000 rows is prepared in a worker (O(N·p²)), not only when
// features are ticked but also when the scaling is switched and when a reload restores it. The
// worker lives as long as the page and keeps the columns it was sent, so the tests see one
// worker start per page (Playwright reports every dedicated worker a page creates); how long the
// main thread is held is measured in `npm run bench`, not asserted here.

/** 250 000 rows, three features a, b, c and a response y that depends on all of them. */
function largeCsv(): Buffer {
  const rows = ['a,b,c,y'];
  for (let i = 0; i < 250_000; i++) {
    const a = (i % 1000) / 10;
    const b = ((i * 7919) % 1013) / 100;
    const c = ((i * 104_729) % 997) / 7;
    rows.push(`${a},${b},${c},${3 + 2 * a - 0.5 * b + 0.25 * c + ((i * 31) % 17) / 100}`);
  }
  return Buffer.from(rows.join('\n'));
}

/** Counts the model-preparing workers the pages start from now on (across reloads). */
function countModelWorkers(page: Page): () => number {
  let count = 0;
  page.on('worker', (worker) => {
    if (worker.url().includes('prepareManyFit')) count++;
  });
  return () => count;
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
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles({ name: 'large3.csv', mimeType: 'text/csv', buffer: largeCsv() });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /large3/, { timeout: 90_000 });
  await page.getByTestId('feature-column').selectOption('a');
  await page.getByTestId('response-column').selectOption('y');
  const features = page.getByRole('group', { name: 'Features' });
  for (const name of ['b', 'c']) {
    await features.getByRole('checkbox', { name, exact: true }).click();
    await expect(features.getByRole('checkbox', { name, exact: true })).toBeChecked({ timeout: 60_000 });
  }
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
