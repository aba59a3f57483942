import type { Locator, Page } from '@playwright/test';
import { expect, openNotebook, test } from './fixtures';

// What a student sees at four sizes: a phone, a tablet, a laptop, and a 1280 px screen at 200 %
// zoom (the page is then 640 CSS pixels wide, and so is the lab). Each check measures boxes on
// the page: labels that must not touch, entries that must stay inside their chart, headings that
// must not be cut. Each test also saves a screenshot for people to look at (test-results/).

const SIZES = [
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 1 },
  { name: 'tablet', width: 1024, height: 768, deviceScaleFactor: 1 },
  { name: 'laptop', width: 1440, height: 900, deviceScaleFactor: 1 },
  { name: 'lab-640', width: 640, height: 720, deviceScaleFactor: 2 },
] as const;

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The page boxes of the elements a locator matches (hidden ones left out, and empty ones for labels). */
async function boxesOf(locator: Locator, labelsOnly = true): Promise<Box[]> {
  const boxes = await locator.evaluateAll((elements) =>
    elements
      .map((element) => {
        const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
        return { text: element.textContent ?? '', left, right, top, bottom, width, height };
      })
      .filter((box) => box.width > 0 && box.height > 0)
      .map(({ text, left, right, top, bottom }) => ({ text, left, right, top, bottom })),
  );
  return labelsOnly ? boxes.filter((box) => box.text.trim() !== '') : boxes;
}

/** Every pair of boxes that overlap, as "a / b" (an empty list when none touch). */
function overlappingPairs(boxes: readonly Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        pairs.push(`${a.text} / ${b.text}`);
    }
  return pairs;
}

/** Boxes that stick out of a container box, as their text. */
function outside(boxes: readonly Box[], container: Box, tolerance = 0.5): string[] {
  return boxes
    .filter(
      (box) =>
        box.left < container.left - tolerance ||
        box.right > container.right + tolerance ||
        box.top < container.top - tolerance ||
        box.bottom > container.bottom + tolerance,
    )
    .map((box) => box.text);
}

async function boxOf(locator: Locator): Promise<Box> {
  const [box] = await boxesOf(locator, false);
  expect(box, 'element is on the page').toBeDefined();
  return box!;
}

/** Tick labels that touch each other, within each chart, for each axis. */
async function touchingTickLabels(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const plot of ['scatter-plot', 'loss-plot'])
    for (const axis of ['.xtick text', '.ytick text'])
      found.push(...overlappingPairs(await boxesOf(page.getByTestId(plot).locator(axis))).map((p) => `${plot}: ${p}`));
  return found;
}

/** Tick labels under the sliders that touch each other. */
async function touchingSliderTicks(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const slider of await page.locator('.slider-ticks').all())
    found.push(...overlappingPairs(await boxesOf(slider.locator('.slider-tick'))));
  return found;
}

/** Headings whose text is cut: wider than their own box, or past the right edge of the window. */
async function clippedHeadings(page: Page): Promise<string[]> {
  return page.locator('h1, h2, .results-heading, .field-label, .plot-legend li').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0) return false;
        return element.scrollWidth > element.clientWidth + 1 || box.right > window.innerWidth + 0.5 || box.left < -0.5;
      })
      .map((element) => element.textContent ?? ''),
  );
}

/** The text of the data-set picker's chosen option, and whether it fits the closed dropdown. */
async function dropdownFit(page: Page): Promise<{ text: string; textWidth: number; room: number }> {
  return page.getByTestId('data-set').evaluate((element) => {
    const select = element as HTMLSelectElement;
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const text = select.options[select.selectedIndex]?.text ?? '';
    // the arrow of a closed dropdown takes about 20 px on the right
    const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
    return { text, textWidth: context.measureText(text).width, room };
  });
}

/** The checks that hold in every state of the lab. */
async function expectTidyLab(page: Page): Promise<void> {
  await expect.poll(() => touchingTickLabels(page), { message: 'plot tick labels touch' }).toEqual([]);
  expect(await touchingSliderTicks(page), 'slider tick labels touch').toEqual([]);
  expect(await clippedHeadings(page), 'headings cut off').toEqual([]);
  const marker = page.getByTestId('stable-marker');
  if ((await marker.count()) > 0) {
    const track = await boxOf(page.getByTestId('learning-rate'));
    const markerBox = await boxOf(marker);
    expect(markerBox.left, 'stable marker starts inside the track').toBeGreaterThanOrEqual(track.left - 0.5);
    expect(markerBox.right, 'stable marker ends inside the track').toBeLessThanOrEqual(track.right + 0.5);
  }
  const fit = await dropdownFit(page);
  expect(fit.textWidth, `"${fit.text}" fits the data-set dropdown`).toBeLessThanOrEqual(fit.room);
  // every legend entry of both lab charts inside its chart's cell
  for (const plot of ['scatter-plot', 'loss-plot']) {
    const cell = await boxOf(page.locator('.plot-cell', { has: page.getByTestId(plot) }));
    expect(outside(await boxesOf(page.getByTestId(plot).locator('.plot-legend li')), cell)).toEqual([]);
  }
}

/** The loss plot's x-axis labels, left to right. */
async function lossAxisLabels(page: Page): Promise<string[]> {
  return (await boxesOf(page.getByTestId('loss-plot').locator('.xtick text'))).map((box) => box.text);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height} (${size.name})`, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.deviceScaleFactor,
    });

    test('the lab as it opens: nothing touches, nothing is cut, the last epoch has its tick', async ({ page }) => {
      await openNotebook(page);
      if (size.name === 'lab-640') expect((await page.locator('#lab').boundingBox())!.width).toBe(640);
      await expectTidyLab(page);
      await expect.poll(() => lossAxisLabels(page)).toContain('1000');
      // the results heading is whole and inside the lab (which scrolls on its own on wide screens)
      await page.getByTestId('results-heading').scrollIntoViewIfNeeded();
      const lab = await boxOf(page.locator('#lab'));
      expect(outside(await boxesOf(page.getByTestId('results-heading')), lab)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`${size.name}-open.png`) });
      await page.getByTestId('results-table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`${size.name}-results.png`) });
    });

    test('keeping runs adds legend entries inside the loss plot and keeps its epoch axis title', async ({ page }) => {
      await openNotebook(page);
      await page.getByTestId('keep-run').click();
      await page.getByTestId('learning-rate-input').fill('0.5');
      await page.getByTestId('learning-rate-input').press('Enter');
      await page.getByTestId('keep-run').click();
      await page.getByTestId('learning-rate-input').fill('0.02');
      await page.getByTestId('learning-rate-input').press('Enter');
      await expect(page.getByTestId('loss-plot').locator('.plot-legend li')).toHaveCount(4);
      await expectTidyLab(page);
      const cell = await boxOf(page.locator('.plot-cell', { has: page.getByTestId('loss-plot') }));
      const title = page.getByTestId('loss-plot').locator('.xtitle');
      await expect(title).toHaveText('epoch');
      expect(outside(await boxesOf(title), cell), 'the epoch title inside the loss plot').toEqual([]);
      await page.getByTestId('loss-plot').scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`${size.name}-kept-runs.png`) });
    });

    test('the classic exercise: its long title fits the dropdown, 200,000 epochs on the axis', async ({ page }) => {
      await openNotebook(page);
      await page.getByTestId('second-lesson').click();
      await expect(page.getByTestId('data-set')).toContainText('Classic exercise: the line y = 0.5x + 2');
      await expect(page.getByTestId('epochs-input')).toHaveValue('200000');
      await expect.poll(() => lossAxisLabels(page)).toContain('200,000');
      await expectTidyLab(page);
      await page.locator('#lab').evaluate((lab) => lab.scrollTo(0, 0));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: test.info().outputPath(`${size.name}-classic.png`) });
    });

    test('x values near 1e9 get tick labels that keep apart', async ({ page }) => {
      await openNotebook(page);
      const rows = Array.from(
        { length: 30 },
        (_, i) => `${999_999_000 + i * 70},${(i * 1.5 + Math.sin(i)).toFixed(3)}`,
      );
      await page.getByTestId('csv-input').setInputFiles({
        name: 'near-1e9.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`timestamp,reading\n${rows.join('\n')}\n`),
      });
      await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'near-1e9.csv');
      if (await page.getByTestId('scaling').isChecked()) await page.getByTestId('scaling').uncheck();
      await expect(page.getByTestId('scatter-plot').locator('.xtitle')).toHaveText('timestamp');
      await expectTidyLab(page);
      const labels = (await boxesOf(page.getByTestId('scatter-plot').locator('.xtick text'))).map((box) => box.text);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const label of labels) expect(label).toMatch(/^[\d,]+$/);
      await page.getByTestId('scatter-plot').scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`${size.name}-near-1e9.png`) });
    });
  });
}

test('the lessons are numbered 1, 2, 3, … in the order they appear', async ({ page }) => {
  await openNotebook(page);
  const numbers = await page.locator('.notebook-section .section-number').allTextContents();
  expect(numbers.length).toBeGreaterThan(10);
  expect(numbers).toEqual(numbers.map((_, index) => String(index + 1)));
});

test('the first lesson describes the data on screen, not Advertising, once other data is loaded', async ({ page }) => {
  await openNotebook(page);
  const lesson = page.locator('#regression');
  await expect(lesson).toContainText('In the Advertising data a row is one market');
  await page.getByTestId('data-set').selectOption('penguins');
  await expect(lesson).toContainText('In the Palmer penguins data a row is one bird');
  await expect(lesson).not.toContainText('Advertising');
  await page.getByTestId('second-lesson').click();
  await expect(lesson).toContainText('Classic exercise');
  await expect(lesson).not.toContainText('Advertising');
  await expect(page.locator('#scaling')).not.toContainText('Advertising');
});
