import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

// The regression summary in the evaluation lesson, read from the page as a student sees it and
// checked against statsmodels' OLS run now (Debian's python3-statsmodels) on the same columns,
// and against NIST's certified standard errors on uploaded StRD sets.

const PYTHON = '/usr/bin/python3';
const NIST = 'src/core/testing/nist';

interface Statsmodels {
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
  nobs: number;
  df_resid: number;
  df_model: number;
  condition_number: number;
}

const STATSMODELS = `
import json, sys
import numpy as np
import statsmodels.api as sm
request = json.load(sys.stdin)
# the first header cell is empty (a row-number column), so the columns are found by name here
with open('src/data/advertising.csv') as f:
    header = f.readline().strip().split(',')
data = np.loadtxt('src/data/advertising.csv', delimiter=',', skiprows=1)
column = lambda name: data[:, header.index(name)]
X = sm.add_constant(np.column_stack([column(name) for name in request['features']]))
r = sm.OLS(column('Sales'), X).fit()
print(json.dumps({'params': r.params.tolist(), 'bse': r.bse.tolist(), 'tvalues': r.tvalues.tolist(),
  'pvalues': r.pvalues.tolist(), 'ci': r.conf_int(0.05).tolist(), 'rsquared': r.rsquared,
  'rsquared_adj': r.rsquared_adj, 'fvalue': float(r.fvalue), 'f_pvalue': float(r.f_pvalue),
  'residual_se': float(np.sqrt(r.scale)), 'nobs': r.nobs, 'df_resid': r.df_resid, 'df_model': r.df_model,
  'condition_number': float(r.condition_number)}))
`;

function statsmodelsOn(features: string[]): Statsmodels {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install python3-statsmodels (apt-get).`);
  try {
    return JSON.parse(
      execFileSync(PYTHON, ['-c', STATSMODELS], { input: JSON.stringify({ features }), encoding: 'utf8' }),
    ) as Statsmodels;
  } catch (error) {
    throw new Error(`statsmodels could not be run (apt-get install -y python3-statsmodels): ${String(error)}`);
  }
}

async function numberOf(page: Page, testId: string): Promise<number> {
  return Number(await dataValueOf(page, testId));
}

async function expectClose(page: Page, testId: string, expected: number, relative: number): Promise<void> {
  const value = await numberOf(page, testId);
  expect(Math.abs(value / expected - 1), `${testId}: page ${value}, statsmodels ${expected}`).toBeLessThan(relative);
}

async function expectSummaryMatches(page: Page, terms: string[], reference: Statsmodels): Promise<void> {
  for (const [k, term] of ['intercept', ...terms].entries()) {
    await expectClose(page, `summary-${term}-coef`, reference.params[k]!, 1e-9);
    await expectClose(page, `summary-${term}-se`, reference.bse[k]!, 1e-9);
    await expectClose(page, `summary-${term}-t`, reference.tvalues[k]!, 1e-9);
    await expectClose(page, `summary-${term}-p`, reference.pvalues[k]!, 1e-6);
    await expectClose(page, `summary-${term}-ci-low`, reference.ci[k]![0]!, 1e-9);
    await expectClose(page, `summary-${term}-ci-high`, reference.ci[k]![1]!, 1e-9);
  }
  await expectClose(page, 'summary-r-squared', reference.rsquared, 1e-9);
  await expectClose(page, 'summary-adj-r-squared', reference.rsquared_adj, 1e-9);
  await expectClose(page, 'summary-f', reference.fvalue, 1e-9);
  await expectClose(page, 'summary-f-p', reference.f_pvalue, 1e-6);
  await expectClose(page, 'summary-residual-se', reference.residual_se, 1e-9);
  await expectClose(page, 'summary-condition-number', reference.condition_number, 1e-9);
  expect(await numberOf(page, 'summary-observations')).toBe(reference.nobs);
  expect(await numberOf(page, 'summary-df-residual')).toBe(reference.df_resid);
  expect(await numberOf(page, 'summary-df-model')).toBe(reference.df_model);
}

test('the summary of Advertising TV → Sales, then of TV + Radio + Newspaper, agrees with statsmodels cell by cell', async ({
  page,
}) => {
  await openNotebook(page);
  const table = page.getByTestId('regression-summary');
  await table.scrollIntoViewIfNeeded();
  await expectSummaryMatches(page, ['TV'], statsmodelsOn(['TV']));

  // each number explains itself: a title on hover, and a description that keyboard focus reaches
  const p = page.getByTestId('summary-TV-p');
  await expect(p).toHaveAttribute('title', /If TV had no effect at all/);
  await page.getByTestId('summary-TV-t').focus();
  await page.keyboard.press('Tab');
  await expect(p).toBeFocused();
  await expect(p).toHaveAccessibleDescription(/If TV had no effect at all, a t at least this far from zero/);
  // shown beside the number while it has keyboard focus (not only to screen readers)
  const tip = page.getByRole('tooltip').filter({ hasText: 'If TV had no effect' });
  await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(100);

  const features = page.getByRole('group', { name: 'Features' });
  await features.getByRole('checkbox', { name: 'Radio', exact: true }).check();
  await features.getByRole('checkbox', { name: 'Newspaper', exact: true }).check();
  await expect(page.getByTestId('summary-Newspaper-se')).toBeVisible();
  const reference = statsmodelsOn(['TV', 'Radio', 'Newspaper']);
  expect(reference.pvalues[1]).toBeGreaterThan(1.5e-81);
  expect(reference.pvalues[1]).toBeLessThan(1.52e-81);
  await expectSummaryMatches(page, ['TV', 'Radio', 'Newspaper'], reference);
  await expect(page.getByTestId('summary-TV-p')).toHaveText('1.51×10⁻⁸¹');
  await expect(page.getByTestId('summary-condition-number')).toHaveText('454');
  await expect(page.getByTestId('regression-summary-panel')).not.toContainText(/NaN|Infinity|undefined/);
  await expectNoBrokenValues(page);
});

interface Certified {
  certified: { parameters: { name: string; sd: number }[]; residual_sd: number };
}

function correctDigits(value: number, certified: number): number {
  const error = Math.abs(value - certified) / Math.abs(certified);
  return error === 0 ? 15.6 : -Math.log10(error);
}

test('NIST’s certified standard errors: at least 8 correct digits on the page for every uploaded set', async ({
  page,
}) => {
  await openNotebook(page);
  const cases: { name: string; degree?: number; extra?: string[]; origin?: boolean; terms: string[] }[] = [
    { name: 'Norris', terms: ['x'] },
    { name: 'Pontius', degree: 2, terms: ['x', 'x^2'] },
    { name: 'NoInt1', origin: true, terms: ['x'] },
    { name: 'Filip', degree: 10, terms: ['x', ...Array.from({ length: 9 }, (_, k) => `x^${k + 2}`)] },
    { name: 'Longley', extra: ['x2', 'x3', 'x4', 'x5', 'x6'], terms: ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'] },
  ];
  for (const { name, degree, extra, origin, terms } of cases) {
    await page.getByTestId('csv-input').setInputFiles(`${NIST}/${name}.csv`);
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', new RegExp(name));
    // uploads start with a fifth held out; NIST certifies the fit on every row
    await page.getByTestId('test-fraction').fill('0');
    await page.getByTestId('test-fraction').press('Enter');
    await expect(page.getByTestId('split-summary')).toHaveText('every row trains the model');
    if (extra) {
      const features = page.getByRole('group', { name: 'Features' });
      for (const column of extra) await features.getByRole('checkbox', { name: column, exact: true }).check();
    }
    if (degree) await page.getByTestId('polynomial-degree').fill(String(degree));
    if (origin) await page.getByTestId('no-intercept').check();
    const certified = (JSON.parse(readFileSync(`${NIST}/${name}.json`, 'utf8')) as Certified).certified;
    const names = [...(origin ? [] : ['intercept']), ...terms];
    expect(names).toHaveLength(certified.parameters.length);
    await page.getByTestId('regression-summary').scrollIntoViewIfNeeded();
    await expect(page.getByTestId(`summary-${names.at(-1)}-se`)).toBeVisible();
    for (const [k, term] of names.entries()) {
      const digits = correctDigits(await numberOf(page, `summary-${term}-se`), certified.parameters[k]!.sd);
      expect(digits, `${name} ${term}: correct digits of the standard error`).toBeGreaterThanOrEqual(8);
    }
    const residual = correctDigits(await numberOf(page, 'summary-residual-se'), certified.residual_sd);
    expect(residual, `${name}: residual standard deviation`).toBeGreaterThanOrEqual(8);
    await expectNoBrokenValues(page);
  }
});

test('a fit with no residual degrees of freedom shows a plain message instead of numbers', async ({ page }) => {
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles({
    name: 'two-rows.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y\n1,2\n3,7\n'),
  });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /two-rows/);
  await page.getByTestId('regression-summary-panel').scrollIntoViewIfNeeded();
  const message = page.getByTestId('summary-message');
  await expect(message).toContainText('2 rows for 2 coefficients leave no residual degrees of freedom');
  await expect(page.getByTestId('regression-summary')).toHaveCount(0);
  await expect(page.getByTestId('regression-summary-panel')).not.toContainText(/NaN|Infinity|undefined/);
});
