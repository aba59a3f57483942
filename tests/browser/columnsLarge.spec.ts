import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { trainTestSplit } from '../../src/core/split/trainTestSplit';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test } from './fixtures';
import { largeFourColumnCsv } from './largeCsv';

test.describe.configure({ timeout: 240_000 });

// On more than 200 000 rows a new pair of columns is prepared in the page's preparation worker
// (scaling every value and summing them takes hundreds of milliseconds there), as ticking a
// feature is. How long the main thread is held is measured by `npm run bench`, not asserted here.

const HEADER = ['a', 'b', 'c', 'y'];

/** numpy's least-squares line of `response` on `feature` over the listed rows of the CSV (every row by default), run now. */
function numpyLine(
  csv: Buffer,
  feature: string,
  response: string,
  rows: readonly number[] | null = null,
): { intercept: number; slope: number } {
  const script = `
import io, json, sys
import numpy as np
request = json.loads(sys.stdin.readline())
data = np.loadtxt(io.StringIO(sys.stdin.read()), delimiter=',', skiprows=1)
if request['rows'] is not None:
    data = data[request['rows']]
x = data[:, request['header'].index(request['feature'])]
y = data[:, request['header'].index(request['response'])]
slope, intercept = np.polyfit(x, y, 1)
print(json.dumps({'intercept': float(intercept), 'slope': float(slope)}))
`;
  if (!existsSync('/usr/bin/python3')) throw new Error('/usr/bin/python3 is missing: install python3-numpy.');
  try {
    const input = `${JSON.stringify({ header: HEADER, feature, response, rows })}\n${csv.toString('utf8')}`;
    return JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 26 }),
    );
  } catch (error) {
    throw new Error(`numpy could not be run (apt-get install -y python3-numpy): ${String(error)}`);
  }
}

/** Waits until `feature` → `response` is the pair on screen with nothing being prepared, then checks its line against numpy's on `rows`. */
async function expectLineOf(
  page: Page,
  csv: Buffer,
  feature: string,
  response: string,
  rows: readonly number[] | null = null,
): Promise<void> {
  await expect(page.getByTestId('feature-column')).toHaveValue(feature, { timeout: 60_000 });
  await expect(page.getByTestId('response-column')).toHaveValue(response, { timeout: 60_000 });
  await expect(page.getByTestId('model-preparing')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('columns-preparing')).toHaveCount(0, { timeout: 60_000 });
  const expected = numpyLine(csv, feature, response, rows);
  for (const [testId, value] of [
    ['ols-slope-original', expected.slope],
    ['ols-intercept-original', expected.intercept],
  ] as const) {
    const shown = Number(await dataValueOf(page, testId));
    expect(Math.abs(shown / value - 1), `${testId}: page ${shown}, numpy ${value}`).toBeLessThan(1e-9);
  }
  await expectNoBrokenValues(page);
}

/** Chooses columns with change events sent one after another in a single task, as fast as no hand could. */
async function chooseAtOnce(page: Page, choices: readonly (readonly ['feature' | 'response', string])[]) {
  await page.evaluate((list) => {
    for (const [role, name] of list) {
      const select = document.querySelector<HTMLSelectElement>(`[data-testid="${role}-column"]`)!;
      select.value = name;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, choices);
}

test('on 250 000 rows a new feature or response column is prepared in the worker and shows the line numpy fits', async ({
  page,
}) => {
  const csv = largeFourColumnCsv();
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles({ name: 'large-columns.csv', mimeType: 'text/csv', buffer: csv });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /large-columns/, { timeout: 90_000 });
  await expect(page.getByTestId('split-summary')).toHaveText('every row trains the model');
  await page.getByTestId('feature-column').selectOption('a');
  await page.getByTestId('response-column').selectOption('y');
  await expectLineOf(page, csv, 'a', 'y');
  // one choice at a time
  await page.getByTestId('feature-column').selectOption('c');
  await expectLineOf(page, csv, 'c', 'y');
  await page.getByTestId('response-column').selectOption('b');
  await expectLineOf(page, csv, 'c', 'b');
  // choices made while the one before is still being prepared: the latest pair is the one shown
  await chooseAtOnce(page, [
    ['feature', 'a'],
    ['feature', 'y'],
    ['response', 'c'],
  ]);
  await expectLineOf(page, csv, 'y', 'c');
  // with a fifth of the rows held out, the worker fits the new pair on the training rows only
  await page.getByTestId('split-seed').fill('7');
  await page.getByTestId('split-seed').press('Enter');
  await page.getByTestId('test-fraction').fill('0.2');
  await page.getByTestId('test-fraction').press('Enter');
  // the split is prepared in the worker too
  await expect(page.getByTestId('split-summary')).toHaveText('50,000 of 250,000 rows held out', { timeout: 60_000 });
  const training = Array.from(trainTestSplit(250_000, 0.2, 7).trainingRows);
  await expectLineOf(page, csv, 'y', 'c', training);
  await page.getByTestId('feature-column').selectOption('b');
  await expectLineOf(page, csv, 'b', 'c', training);
});
