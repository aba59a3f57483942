import { spawnSync } from 'node:child_process';
import { trainTestSplit } from '../../src/core/split/trainTestSplit';
import { dataValueOf, expect, openNotebook, test, trainOnEveryRow } from './fixtures';

// From 150,000 rows the lab's errors table is computed in slices between tasks, never
// in a render. Its numbers must be those numpy gives on the same rows.

test.describe.configure({ timeout: 240_000 });

const ROWS = 160_000;
const x = Array.from({ length: ROWS }, (_, i) => (i % 1000) / 10);
const y = x.map((value, i) => 2 + 0.5 * value + ((i * 7919) % 13) / 10);

/** numpy's RMSE of the least-squares line (lstsq on the training rows) on the training and the test rows. */
function numpyLeastSquaresRmse(train: number[], testRows: number[]): { train: number; test: number | null } {
  const script = `
import json, sys
import numpy as np
d = json.load(sys.stdin)
x = np.array(d['x']); y = np.array(d['y']); tr = np.array(d['train'], dtype=int); te = np.array(d['test'], dtype=int)
X = np.column_stack([np.ones(len(x)), x])
c = np.linalg.lstsq(X[tr], y[tr], rcond=None)[0]
rmse = lambda rows: float(np.sqrt(np.mean((y[rows] - X[rows] @ c) ** 2)))
print(json.dumps({'train': rmse(tr), 'test': rmse(te) if len(te) else None}))
`;
  const result = spawnSync('/usr/bin/python3', ['-c', script], {
    input: JSON.stringify({ x, y, train, test: testRows }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`numpy is needed (apt-get install -y python3-numpy):\n${result.stderr}`);
  return JSON.parse(result.stdout) as { train: number; test: number | null };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

test('the errors table on 160,000 rows, computed in slices, gives numpy’s RMSE on the training and the held-out rows', async ({
  page,
}) => {
  await openNotebook(page);
  const csv = ['x,y', ...x.map((value, i) => `${value},${y[i]}`)].join('\n');
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'many-rows.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'many-rows.csv', { timeout: 60_000 });
  await trainOnEveryRow(page);
  const everyRow = Array.from({ length: ROWS }, (_, i) => i);
  const whole = numpyLeastSquaresRmse(everyRow, []);
  await expect(page.getByTestId('rmse-test-ls')).toHaveAttribute('data-value', 'none', { timeout: 30_000 });
  await expect(async () => {
    expect(relative(Number(await dataValueOf(page, 'rmse-train-ls')), whole.train)).toBeLessThan(1e-12);
  }).toPass({ timeout: 30_000 });
  // least squares minimises the training error: descent, wherever it is, cannot be below it
  expect(Number(await dataValueOf(page, 'rmse-train'))).toBeGreaterThanOrEqual(whole.train * (1 - 1e-12));

  await page.getByTestId('split-seed').fill('7');
  await page.getByTestId('split-seed').press('Enter');
  await page.getByTestId('test-fraction').fill('0.25');
  await page.getByTestId('test-fraction').press('Enter');
  const { trainingRows, testRows } = trainTestSplit(ROWS, 0.25, 7);
  const split = numpyLeastSquaresRmse(Array.from(trainingRows), Array.from(testRows));
  await expect(async () => {
    expect(relative(Number(await dataValueOf(page, 'rmse-train-ls')), split.train)).toBeLessThan(1e-12);
    expect(relative(Number(await dataValueOf(page, 'rmse-test-ls')), split.test!)).toBeLessThan(1e-12);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('held-out-errors')).toContainText('40,000 rows');
});
