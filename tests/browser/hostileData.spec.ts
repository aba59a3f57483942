import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test, trainOnEveryRow } from './fixtures';

// The hostile corpus in tests/fixtures/hostile, uploaded as a student would. Each bad file is
// refused with a message that names the data as the cause, and the data on screen stays.

const HOSTILE = 'tests/fixtures/hostile';

async function upload(page: Page, fixture: string): Promise<void> {
  await page.getByTestId('csv-input').setInputFiles(`${HOSTILE}/${fixture}`);
}

/** The exact least-squares line of a CSV file's doubles, from Python's fractions. */
function exactLine(fixture: string): { slope: number; intercept: number } {
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['tests/exact/exact_least_squares.py', `${HOSTILE}/${fixture}`], {
      encoding: 'utf8',
    }),
  );
}

const digits = (value: number, exact: number) =>
  value === exact ? 17 : -Math.log10(Math.abs(value - exact) / Math.abs(exact));

test.describe('hostile data', () => {
  for (const [fixture, message] of [
    ['overflow.csv', /The data in “y” is too large to fit: it holds values as large as 1\.70e\+308/],
    ['subnormal.csv', /The data in “x” is too close to zero to fit/],
  ] as const) {
    test(`${fixture} is refused before it replaces anything, with the data named as the cause`, async ({ page }) => {
      await openNotebook(page);
      await upload(page, fixture);
      await expect(page.getByTestId('data-error')).toContainText(message);
      await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
      expect(await dataValueOf(page, 'ols-slope')).toBe('0.5534088415765329');
      await expectNoBrokenValues(page);
    });
  }

  test('cells with invisible characters are named in the notice, so they no longer look like numbers', async ({
    page,
  }) => {
    await openNotebook(page);
    await upload(page, 'invisible-characters.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'invisible-characters.csv');
    const notes = page.getByTestId('left-out-rows');
    await notes.locator('summary').click();
    await expect(notes).toContainText('2⟨zero-width space⟩');
    await expect(notes).toContainText('12⟨pop directional isolate⟩');
  });

  test('a first line sep=; is the separator, not a header', async ({ page }) => {
    await openNotebook(page);
    await upload(page, 'sep-hint.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'sep-hint.csv');
    await expect(page.getByTestId('feature-column')).toHaveValue('x');
    await expect(page.getByTestId('response-column')).toHaveValue('y');
  });

  test('x near 1e15 differing by 0.125: the slope is right to the last digits, and the fit warns about the rest', async ({
    page,
  }) => {
    const exact = exactLine('large-offset.csv');
    await openNotebook(page);
    await upload(page, 'large-offset.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'large-offset.csv');
    await trainOnEveryRow(page);
    const scaledSlope = Number(await dataValueOf(page, 'ols-slope-original'));
    expect(digits(scaledSlope, exact.slope)).toBeGreaterThanOrEqual(13);
    await expect(page.getByTestId('fit-warning')).toContainText('doubles that large are 0.125 apart');
    await expect(page.getByTestId('fit-warning')).toContainText('trust only about 1 digit');
    await page.getByTestId('scaling').uncheck();
    await expect(page.getByTestId('ols-slope')).toHaveAttribute('data-value', /\d/);
    const slope = Number(await dataValueOf(page, 'ols-slope'));
    const intercept = Number(await dataValueOf(page, 'ols-intercept'));
    expect(digits(slope, exact.slope)).toBeGreaterThanOrEqual(14);
    expect(digits(intercept, exact.intercept)).toBeGreaterThanOrEqual(14);
    await expect(page.getByTestId('fit-warning')).toContainText('The intercept is the line');
  });
});
