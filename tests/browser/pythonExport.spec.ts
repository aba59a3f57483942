import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dataValueOf, expect, openNotebook, test } from './fixtures';

// Take it to Python: the downloaded notebook and script, run for real, print the page's numbers.

const PYTHON = '/usr/bin/python3';

/** The `name = value` lines a run printed. */
function printed(output: string): Record<string, string> {
  return Object.fromEntries([...output.matchAll(/^([a-z_]+) = (\S+)$/gm)].map((match) => [match[1], match[2]]));
}

async function download(page: Page, testId: string, folder: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Every number the export prints, checked against the data-value the page shows for it. */
async function expectPageNumbers(page: Page, values: Record<string, string>) {
  const pairs: [string, string][] = [
    ['ols_intercept', 'ols-intercept'],
    ['ols_slope', 'ols-slope'],
    ['mse_at_ols', 'ols-mse'],
    ['gd_intercept', 'gd-intercept'],
    ['gd_slope', 'gd-slope'],
    ['mse_at_gd', 'gd-mse'],
    ['gd_epoch', 'epoch'],
  ];
  if (await page.getByTestId('ols-slope-original').count()) {
    for (const name of ['ols_intercept', 'ols_slope', 'gd_intercept', 'gd_slope'])
      pairs.push([`${name}_original`, `${name.replace('_', '-')}-original`]);
  }
  for (const [name, testId] of pairs)
    expect([name, Number(values[name])]).toEqual([name, Number(await dataValueOf(page, testId))]);
  expect(Object.keys(values).length).toBe(pairs.length);
}

test.describe('take it to Python', () => {
  test("the downloaded notebook and script print the page's numbers, for the lesson, stochastic descent and hostile column names", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openNotebook(page);
    await expect(page.getByTestId('results-table')).toHaveAttribute('data-method', 'per-point');
    const folder = mkdtempSync(join(tmpdir(), 'downhill-download-'));

    const notebook = await download(page, 'export-notebook', folder);
    expect(JSON.parse(readFileSync(notebook, 'utf8')).nbformat).toBe(4);
    const run = spawnSync(
      '/usr/bin/jupyter',
      ['nbconvert', '--to', 'notebook', '--execute', '--output', 'executed.ipynb', notebook],
      { cwd: folder, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const executed = JSON.parse(readFileSync(join(folder, 'executed.ipynb'), 'utf8')) as {
      cells: { outputs?: { text?: string[] }[] }[];
    };
    const last = executed.cells[executed.cells.length - 1]!;
    await expectPageNumbers(page, printed((last.outputs ?? []).map((output) => (output.text ?? []).join('')).join('')));

    const runScript = async () => {
      const script = await download(page, 'export-python', folder);
      const result = spawnSync(PYTHON, [script], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return printed(result.stdout);
    };
    await page.getByTestId('flavour').selectOption('stochastic');
    await page.getByTestId('shuffle-seed').fill('31337');
    await expect(page.getByTestId('results-table')).toHaveAttribute('data-method', 'per-point');
    await expectPageNumbers(page, await runScript());

    await page.getByTestId('csv-input').setInputFiles('tests/fixtures/export/hostile-names.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'hostile-names.csv');
    const values = await runScript();
    expect(Object.keys(values)).not.toContain('pwned');
    await expectPageNumbers(page, values);
  });
});

test.describe('take large data to Python', () => {
  test('data over 5 MB: the panel says so and offers the CSV, which the script reads from beside it', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const folder = mkdtempSync(join(tmpdir(), 'downhill-large-'));
    const lines = ['budget,sales'];
    // full-precision doubles, about 36 bytes a row: some 9 MB however the page writes them back
    for (let i = 0; i < 250_000; i++) lines.push(`${(i * 7.31) % 293.7},${((i * 1.234) % 11) + (i % 7) * 0.25}`);
    const upload = join(folder, 'large-upload.csv');
    writeFileSync(upload, `${lines.join('\n')}\n`);
    await openNotebook(page);
    await page.getByTestId('csv-input').setInputFiles(upload);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'large-upload.csv', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('export-python')).toBeEnabled();
    const script = await download(page, 'export-python', folder);
    await expect(page.getByTestId('export-data-notice')).toContainText(/MB as CSV, too much to embed/);
    const data = await download(page, 'export-data', folder);
    expect(data.endsWith('downhill-data.csv')).toBe(true);
    const result = spawnSync(PYTHON, [script], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    await expectPageNumbers(page, printed(result.stdout));
  });
});

test.describe('take several features to Python', () => {
  test("with TV, Radio and Newspaper ticked, the script prints the weights table: descent's doubles exactly, lstsq within 1e-12", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openNotebook(page);
    const features = page.getByRole('group', { name: 'Features' });
    for (const column of ['Radio', 'Newspaper'])
      await features.getByRole('checkbox', { name: column, exact: true }).check();
    await expect(page.getByTestId('weights-table')).toBeVisible();
    await expect(page.getByTestId('export-python')).toBeEnabled();
    const folder = mkdtempSync(join(tmpdir(), 'downhill-many-'));
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-python').click()]);
    const script = join(folder, file.suggestedFilename());
    await file.saveAs(script);
    const result = spawnSync(PYTHON, [script], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const values = Object.fromEntries(
      [...result.stdout.matchAll(/^([a-z_0-9]+) = (\S+)$/gm)].map((match) => [match[1], match[2]]),
    );
    const terms = ['TV', 'Radio', 'Newspaper'];
    const descent: [string, string][] = [
      ['gd_intercept', 'gd-intercept'],
      ...terms.map((term, j): [string, string] => [`gd_weight_${j + 1}`, `gd-weight-${term}`]),
      ['mse_at_gd', 'gd-mse'],
    ];
    for (const [name, testId] of descent)
      expect([name, Number(values[name])]).toEqual([name, Number(await dataValueOf(page, testId))]);
    expect(Number(values.gd_intercept)).toBeCloseTo(0.05392310452927566, 12);
    const leastSquares: [string, string][] = [
      ['ols_intercept', 'ols-intercept'],
      ...terms.map((term, j): [string, string] => [`ols_weight_${j + 1}`, `ols-weight-${term}`]),
    ];
    for (const [name, testId] of leastSquares) {
      const shown = Number(await dataValueOf(page, testId));
      expect(Math.abs(Number(values[name]) - shown), name).toBeLessThan(1e-12);
    }
    const olsMse = Number(await dataValueOf(page, 'ols-mse'));
    expect(Math.abs(Number(values.mse_at_ols) / olsMse - 1)).toBeLessThan(1e-12);
    expect(values.gd_epoch).toBe('1000');
  });
});
