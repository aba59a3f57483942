import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { trainTestSplit } from '../../src/core/split/trainTestSplit';
import {
  dataValueOf,
  expect,
  expectNoBrokenValues,
  openNotebook,
  savedSettingsOf,
  scrollOnScreen,
  test,
} from './fixtures';

test.describe.configure({ timeout: 240_000 });

/** Advertising's TV and Sales columns as shipped, read without the app's importer. */
function advertising(): { tv: number[]; sales: number[] } {
  const rows = readFileSync(new URL('../../src/data/advertising.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));
  return { tv: rows.map((row) => row[1]!), sales: rows.map((row) => row[4]!) };
}

/** numpy on the same rows: least squares by lstsq, and batch gradient descent on the min–max scaled training rows. */
function numpyErrors(train: number[], test: number[], epochs: number, rate: number) {
  const { tv, sales } = advertising();
  const script = `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = np.array(d['x']); y = np.array(d['y']); tr = np.array(d['train']); te = np.array(d['test'])
X = np.column_stack([np.ones(len(x)), x])
ls = np.linalg.lstsq(X[tr], y[tr], rcond=None)[0]
xs, ys = x[tr], y[tr]
sx, ox = 1 / (xs.max() - xs.min()), -xs.min() / (xs.max() - xs.min())
sy, oy = 1 / (ys.max() - ys.min()), -ys.min() / (ys.max() - ys.min())
u, v = xs * sx + ox, ys * sy + oy
b = w = 0.0
for _ in range(d['epochs']):
    p = w * u + b
    gw = -2 * np.mean(u * (v - p)); gb = -2 * np.mean(v - p)
    w -= d['rate'] * gw; b -= d['rate'] * gb
gd = np.array([(b + w * ox - oy) / sy, w * sx / sy])
rmse = lambda rows, c: float(np.sqrt(np.mean((y[rows] - X[rows] @ c) ** 2)))
print(json.dumps({'train': rmse(tr, gd), 'test': rmse(te, gd), 'trainLs': rmse(tr, ls), 'testLs': rmse(te, ls)}))
`;
  const result = spawnSync('/usr/bin/python3', ['-c', script], {
    input: JSON.stringify({ x: tv, y: sales, train, test, epochs, rate }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`numpy is needed (apt-get install -y python3-numpy):\n${result.stderr}`);
  return JSON.parse(result.stdout) as { train: number; test: number; trainLs: number; testLs: number };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

async function holdOut(page: import('@playwright/test').Page, fraction: string, seed: string) {
  await page.getByTestId('split-seed').fill(seed);
  await page.getByTestId('split-seed').press('Enter');
  await page.getByTestId('test-fraction').fill(fraction);
  await page.getByTestId('test-fraction').press('Enter');
}

test('holding out 20 % of Advertising with a seed gives numpy’s train and test RMSE on the same rows', async ({
  page,
}) => {
  await openNotebook(page);
  await expect(page.getByTestId('rmse-test')).toHaveAttribute('data-value', 'none');
  await holdOut(page, '0.2', '7');
  await expect(page.getByTestId('split-summary')).toHaveText('40 of 200 rows held out');
  await expect(page.getByTestId('rmse-test')).not.toHaveAttribute('data-value', 'none');
  const { trainingRows, testRows } = trainTestSplit(200, 0.2, 7);
  const numpy = numpyErrors(Array.from(trainingRows), Array.from(testRows), 1000, 0.1);
  expect(relative(Number(await dataValueOf(page, 'rmse-train')), numpy.train)).toBeLessThan(1e-10);
  expect(relative(Number(await dataValueOf(page, 'rmse-test')), numpy.test)).toBeLessThan(1e-10);
  expect(relative(Number(await dataValueOf(page, 'rmse-train-ls')), numpy.trainLs)).toBeLessThan(1e-12);
  expect(relative(Number(await dataValueOf(page, 'rmse-test-ls')), numpy.testLs)).toBeLessThan(1e-12);
  const mseTest = Number(await dataValueOf(page, 'mse-test'));
  expect(relative(Math.sqrt(mseTest), numpy.test)).toBeLessThan(1e-10);
  // the held-out points are drawn as triangles on the scatter plot, their loss beside the training loss
  await expect(page.getByTestId('scatter-plot').locator('.plot-legend li[data-mark="triangle"]')).toHaveCount(1);
  await expect(page.getByTestId('test-loss-curve')).toHaveCount(1);

  // a reload and a shared link keep the split
  const testRmse = await dataValueOf(page, 'rmse-test');
  await expect.poll(async () => (await savedSettingsOf(page))?.testFraction, { timeout: 20_000 }).toBe(0.2);
  await page.reload();
  await expect(page.getByTestId('rmse-test')).toHaveAttribute('data-value', testRmse, { timeout: 30_000 });
  await expect(page.getByTestId('test-fraction')).toHaveValue('0.2');
  await expect(page.getByTestId('split-seed')).toHaveValue('7');
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/test=0\.2/);
  expect(url).toMatch(/split=7/);
  const other = await page.context().browser()!.newContext({ serviceWorkers: 'block' });
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(fresh.getByTestId('rmse-test')).toHaveAttribute('data-value', testRmse);
  await other.close();
});

test('the evaluation lesson holds out 20 % with one click and judges the least-squares line on the held-out rows', async ({
  page,
}) => {
  await openNotebook(page);
  await expect(page.getByTestId('test-fraction')).toHaveValue('0');
  await expect(page.getByTestId('rmse-train-ls')).toHaveAttribute('data-value', /\d/);
  const button = page.getByTestId('hold-out-20');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.getByTestId('test-fraction')).toHaveValue('0.2');
  await expect(page.getByTestId('split-summary')).toHaveText('40 of 200 rows held out');
  const { trainingRows, testRows } = trainTestSplit(200, 0.2, 42);
  const numpy = numpyErrors(Array.from(trainingRows), Array.from(testRows), 1000, 0.1);
  // the lesson's table catches up once it is on screen
  await page.getByTestId('evaluation').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('rmse-test-exact')).toHaveAttribute('data-value', /\d/);
  expect(relative(Number(await dataValueOf(page, 'rmse-test-exact')), numpy.testLs)).toBeLessThan(1e-12);
  await expect(page.getByTestId('prediction-plot').getByTestId('test-point')).toHaveCount(40);
});

test('a fraction outside 0 to 0.5, text, or one that leaves too few rows is refused with its reason, and the fit stays', async ({
  page,
}) => {
  await openNotebook(page);
  const before = await dataValueOf(page, 'rmse-train-ls');
  await page.getByTestId('test-fraction').fill('0.7');
  await page.getByTestId('test-fraction').press('Enter');
  await expect(page.getByTestId('split-error')).toContainText('The test fraction must be a number from 0 to 0.5.');
  await expect(page.getByTestId('split-error')).toHaveAttribute('role', 'alert');
  await page.getByTestId('test-fraction').fill('a fifth');
  await page.getByTestId('test-fraction').press('Enter');
  await expect(page.getByTestId('split-error')).toContainText('is not a number');
  expect(await dataValueOf(page, 'rmse-train-ls')).toBe(before);
  await expect(page.getByTestId('split-summary')).toHaveText('every row trains the model');

  // three rows: holding out half leaves one training row for a line's two parameters
  await page.getByTestId('paste-input').fill('x,y\n1,2\n2,4\n3,5\n');
  await page.getByTestId('paste-load').click();
  await expect(page.getByTestId('test-fraction')).toHaveValue('0.2');
  // the errors render after the rest of the page (deferred): wait until they are the three rows'
  await expect(page.getByTestId('held-out-errors')).toContainText(/training \(\d rows\)/);
  const kept = await dataValueOf(page, 'rmse-train-ls');
  await page.getByTestId('test-fraction').fill('0.5');
  await page.getByTestId('test-fraction').press('Enter');
  await expect(page.getByTestId('split-error')).toContainText('fewer than the 2 parameters');
  expect(await dataValueOf(page, 'rmse-train-ls')).toBe(kept);
  await expectNoBrokenValues(page);
});

test('residuals: the plot marks held-out rows, and the scatter draws each residual as a square that looks square', async ({
  page,
}) => {
  await openNotebook(page);
  await holdOut(page, '0.2', '42');
  const residuals = page.getByTestId('residual-plot');
  await scrollOnScreen(residuals);
  await expect(residuals.locator('.plot-legend li')).toHaveCount(3);
  await expect(residuals.locator('.plot-legend li[data-mark="triangle"]')).toHaveCount(1);
  await expect(page.getByTestId('residual-summary')).toContainText('160 training rows and 40 held-out rows');
  await page.getByTestId('scatter-plot').scrollIntoViewIfNeeded();
  await page.getByTestId('show-squared-errors').check();
  const squares = page.getByTestId('squared-errors').locator('rect');
  await expect(squares).toHaveCount(160);
  const sides = await squares.evaluateAll((rects) =>
    rects.map((rect) => [Number(rect.getAttribute('width')), Number(rect.getAttribute('height'))]),
  );
  for (const [width, height] of sides) expect(width).toBe(height);
});

test('the degree lesson draws training and test RMSE against degree, as numpy computes them, and refuses degrees the rows cannot take', async ({
  page,
}) => {
  await openNotebook(page);
  const lab = page.getByTestId('degree-lab');
  await lab.scrollIntoViewIfNeeded();
  await page.getByTestId('degree-lab-hold-out').click();
  await expect(page.getByTestId('degree-rmse-plot').locator('.plot-legend li[data-mark="triangle"]')).toHaveCount(1);
  const { trainingRows, testRows } = trainTestSplit(200, 0.2, 42);
  const { tv, sales } = advertising();
  const script = `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = np.array(d['x']); y = np.array(d['y']); tr = np.array(d['train']); te = np.array(d['test'])
lo, hi = x[tr].min(), x[tr].max()
z = (x - (lo + hi) / 2) / ((hi - lo) / 2)
out = []
for degree in range(1, 16):
    V = np.vander(z, degree + 1, increasing=True)
    c = np.linalg.lstsq(V[tr], y[tr], rcond=None)[0]
    out.append([float(np.sqrt(np.mean((y[r] - V[r] @ c) ** 2))) for r in (tr, te)])
print(json.dumps(out))
`;
  const result = spawnSync('/usr/bin/python3', ['-c', script], {
    input: JSON.stringify({ x: tv, y: sales, train: Array.from(trainingRows), test: Array.from(testRows) }),
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const numpy = JSON.parse(result.stdout) as [number, number][];
  for (const degree of [1, 2, 5, 10, 15]) {
    const [train, test] = numpy[degree - 1]!;
    expect(relative(Number(await dataValueOf(page, `degree-train-rmse-${degree}`)), train)).toBeLessThan(1e-8);
    expect(relative(Number(await dataValueOf(page, `degree-test-rmse-${degree}`)), test)).toBeLessThan(1e-8);
  }
  // descent falls behind least squares as the degree grows
  const behind = async (degree: number) =>
    Number(await dataValueOf(page, `degree-descent-rmse-${degree}`)) /
    Number(await dataValueOf(page, `degree-train-rmse-${degree}`));
  expect(await behind(1)).toBeLessThan(1.001);
  expect(await behind(8)).toBeGreaterThan(await behind(2));
  await expect(page.getByTestId('degree-summary')).toContainText('Test RMSE is lowest at degree');

  // three distinct feature values cannot pin down a cubic
  await page.getByTestId('paste-input').fill('x,y\n1,2\n2,3\n3,5\n1,2.5\n2,3.5\n3,4.5\n');
  await page.getByTestId('paste-load').click();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Pasted data');
  await page.getByTestId('degree-lab').scrollIntoViewIfNeeded();
  await page.getByTestId('degree-lab-degree').fill('4');
  await expect(page.getByTestId('degree-refused')).toContainText('5 coefficients');
  await expect(page.getByTestId('degree-refused')).toHaveAttribute('role', 'alert');
  await expectNoBrokenValues(page);
});
