import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openNotebook, test } from './fixtures';

const ROWS = 6000;
const OUTLIER = { row: 1, x: 5, y: 30 };

/** 6000 points near y = 1 + x/2 on x in [0, 10], and one far outlier in row 1, which an every-6th sample skips. */
function csvWithOutlier(): Buffer {
  const lines = ['x,y'];
  for (let i = 0; i < ROWS; i++) {
    if (i === OUTLIER.row) {
      lines.push(`${OUTLIER.x},${OUTLIER.y}`);
      continue;
    }
    const x = ((i * 7919) % 10007) / 1000.7;
    const noise = (((i * 104729) % 2003) / 2003 - 0.5) * 2;
    lines.push(`${x.toFixed(4)},${(1 + 0.5 * x + noise).toFixed(4)}`);
  }
  return Buffer.from(lines.join('\n'));
}

/**
 * 60,000 points: a band around a line, and one point in a hundred scattered far from it (the
 * kind of tail an every-60th sample mostly drops), for looking at the layer.
 */
function csvWithTail(): Buffer {
  const lines = ['x,y'];
  for (let i = 0; i < 60_000; i++) {
    const u = ((i * 7919) % 10007) / 10007;
    const v = ((i * 104729) % 20011) / 20011;
    const w = ((i * 15485863) % 30011) / 30011;
    const x = 100 * u;
    const noise = i % 100 === 7 ? 120 * (v - 0.5) : 12 * (v + w - 1);
    lines.push(`${x.toFixed(3)},${(20 + 0.6 * x + noise).toFixed(3)}`);
  }
  return Buffer.from(lines.join('\n'));
}

interface Trace {
  type?: string;
  name?: string;
  x?: number[];
  y?: number[];
  z?: (number | null)[][];
  x0?: number;
  dx?: number;
  y0?: number;
  dy?: number;
}

/**
 * The traces plotly drew on the scatter plot, bottom first: those of the underlay (the density
 * layer, a chart of its own under the markers') and then those of the chart on top (each graph
 * div's `data`, in the order they are stacked).
 */
async function scatterTraces(page: Page): Promise<Trace[]> {
  return page.evaluate(() => {
    const graphs = [...document.querySelectorAll('[data-testid="scatter-plot"] .js-plotly-plot')] as unknown as {
      data?: Trace[];
    }[];
    return graphs.flatMap((graph) => (graph.data ?? []).map((trace) => ({ ...trace })));
  });
}

/** The density cell holding the point (x, y): null when the layer has it empty. */
function cellAt(trace: Trace, x: number, y: number): number | null | undefined {
  const column = Math.floor((x - (trace.x0! - trace.dx! / 2)) / trace.dx!);
  const row = Math.floor((y - (trace.y0! - trace.dy! / 2)) / trace.dy!);
  return trace.z?.[row]?.[column];
}

/** The centre and value of the highest non-empty cell of the density layer. */
function highestCell(trace: Trace): { x: number; y: number; value: number } {
  const z = trace.z ?? [];
  for (let row = z.length - 1; row >= 0; row--) {
    const column = z[row]!.findIndex((value) => value !== null);
    if (column >= 0)
      return { x: trace.x0! + column * trace.dx!, y: trace.y0! + row * trace.dy!, value: z[row]![column]! };
  }
  throw new Error('The density layer is empty.');
}

async function setTestFraction(page: Page, fraction: string) {
  await page.getByTestId('test-fraction').fill(fraction);
  await page.getByTestId('test-fraction').press('Enter');
}

test('a large upload is drawn as a density of every point under a sample of markers, and the density shows an outlier the sample skips', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openNotebook(page);
  // Advertising (200 rows) is drawn point by point, with no density layer
  expect((await scatterTraces(page)).map((trace) => trace.type)).not.toContain('heatmap');
  await expect(page.locator('[data-testid="scatter-plot"] .plot-legend')).not.toContainText('Density');

  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'outlier.csv', mimeType: 'text/csv', buffer: csvWithOutlier() });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'outlier.csv', { timeout: 60_000 });
  // every row in training, so the markers are every 6th row and row 1 (the outlier) is not among them
  await setTestFraction(page, '0');
  await expect(page.getByTestId('split-summary')).toHaveText('every row trains the model');
  const legend = page.locator('[data-testid="scatter-plot"] .plot-legend');
  await expect(legend).toContainText('Density of all 6,000 points (darker: more points)');
  await expect(legend).toContainText('Data (6,000 points, an even sample of 1,000 drawn)');
  await expect(page.getByTestId('scatter-plot')).toHaveAttribute(
    'aria-label',
    /over a density layer of all 6,000 points/,
  );
  await expect.poll(async () => (await scatterTraces(page)).map((trace) => trace.type)).toContain('heatmap');
  const traces = await scatterTraces(page);
  expect(traces[0]!.type, 'the density is drawn first, under the markers').toBe('heatmap');
  const density = traces[0]!;
  expect(density.name).toBe('Density of all 6,000 points');
  const markers = traces.filter((trace) => trace.type === 'scatter' && trace.x && trace.x.length > 2);
  // The plot is in scaled units, so find the outlier as the highest non-empty cell: it lies far
  // above every marker drawn, and holds one point (log10 1 = 0).
  const top = highestCell(density);
  expect(top.y, 'the highest counted point, against the highest marker').toBeGreaterThan(
    Math.max(...markers.flatMap((trace) => trace.y ?? [])) * 2,
  );
  expect(top.value).toBe(0);
  // the cells between the band of points and the outlier are left empty (transparent)
  expect(cellAt(density, top.x, top.y / 2)).toBeNull();
  // the cells hold every point: the counts (10 to the power of each cell) add up to the rows
  const total = (density.z ?? []).flat().reduce<number>((sum, value) => sum + (value === null ? 0 : 10 ** value), 0);
  expect(Math.round(total)).toBe(ROWS);
  // the layer is an image plotly painted, which the page's Content-Security-Policy allows
  await expect(page.locator('[data-testid="scatter-plot"] .hm image')).toHaveCount(1);

  // held-out rows are counted too: 4,800 training and 1,200 held-out rows make the same 6,000
  await setTestFraction(page, '0.2');
  await expect(page.getByTestId('split-summary')).toHaveText('1,200 of 6,000 rows held out');
  await expect(legend).toContainText('Density of all 6,000 points');
  await expect.poll(async () => (await scatterTraces(page))[0]?.name).toBe('Density of all 6,000 points');
  expect(highestCell((await scatterTraces(page))[0]!).value).toBe(0);
});

test('the density layer reads at phone, laptop and projector sizes', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openNotebook(page);
  await page.getByTestId('csv-input').setInputFiles({ name: 'tail.csv', mimeType: 'text/csv', buffer: csvWithTail() });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'tail.csv', { timeout: 60_000 });
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['laptop', { width: 1366, height: 768 }],
    ['projector', { width: 1920, height: 1080 }],
  ] as const) {
    await page.setViewportSize(viewport);
    const figure = page.getByTestId('scatter-plot');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.hm image')).toHaveCount(1);
    await expect(figure.locator('.plot-legend')).toContainText('Density of all 60,000 points');
    // the cells follow the chart's size: about three pixels each
    await expect
      .poll(async () => {
        const [trace] = await scatterTraces(page);
        const width = await figure.locator('.overlaid-plot').evaluate((element) => element.clientWidth);
        return Math.abs((trace?.z?.[0]?.length ?? 0) * 3 - (width - 72)) <= 24;
      })
      .toBe(true);
    await figure.screenshot({ path: testInfo.outputPath(`density-${name}.png`) });
  }
});

test('a 300,000-row file is counted a slice of rows per task, and every row is in the layer', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openNotebook(page);
  const lines = ['x,y'];
  for (let i = 0; i < 300_000; i++) {
    const x = ((i * 7919) % 100_003) / 1000;
    lines.push(`${x.toFixed(3)},${(2 + 0.3 * x + ((i * 104729) % 1009) / 200).toFixed(3)}`);
  }
  const path = testInfo.outputPath('three-hundred-thousand.csv');
  writeFileSync(path, lines.join('\n'));
  await page.getByTestId('csv-input').setInputFiles(path);
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'three-hundred-thousand.csv', {
    timeout: 120_000,
  });
  await expect(page.locator('[data-testid="scatter-plot"] .plot-legend')).toContainText(
    'Density of all 300,000 points',
  );
  await expect
    .poll(async () => (await scatterTraces(page))[0]?.name, { timeout: 60_000 })
    .toBe('Density of all 300,000 points');
  const [density] = await scatterTraces(page);
  const total = (density!.z ?? []).flat().reduce<number>((sum, value) => sum + (value === null ? 0 : 10 ** value), 0);
  expect(Math.round(total)).toBe(300_000);
});

test('on large data the density and the markers are two charts drawn one over the other, and a new upload redraws both with the new rows', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openNotebook(page);
  const scatter = page.getByTestId('scatter-plot');
  const upload = async (name: string, rows: number, slope: number) => {
    const lines = ['x,y'];
    for (let i = 0; i < rows; i++) {
      const x = ((i * 7919) % 10007) / 1000.7;
      lines.push(`${x.toFixed(4)},${(3 + slope * x + ((i * 104729) % 2003) / 2003).toFixed(4)}`);
    }
    await page
      .getByTestId('csv-input')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', name, { timeout: 60_000 });
    await expect(scatter.locator('.overlaid-plot')).toHaveAttribute('data-drawn', 'current', { timeout: 60_000 });
  };
  await upload('first.csv', 5000, 0.5);
  await expect.poll(async () => (await scatterTraces(page))[0]?.name).toBe('Density of all 5,000 points');
  await upload('second.csv', 8000, -2);
  await expect.poll(async () => (await scatterTraces(page))[0]?.name).toBe('Density of all 8,000 points');
  const charts = await scatter.locator('.js-plotly-plot').evaluateAll((graphs) =>
    graphs.map((graph) => {
      const area = graph.querySelector('.bg')!.getBoundingClientRect();
      const data = (graph as unknown as { data: { type: string; y?: number[] }[] }).data;
      return { area: [area.x, area.y, area.width, area.height], types: data.map((trace) => trace.type), data };
    }),
  );
  // the density under (first), the markers over it, with the same plotting area to the pixel
  expect(charts).toHaveLength(2);
  expect(charts[0]!.types).toEqual(['heatmap']);
  // the training rows, and the held-out rows as triangles (an upload holds out 20 %)
  expect(charts[1]!.types).toEqual(['scatter', 'scatter']);
  expect(charts[1]!.area).toEqual(charts[0]!.area);
  // the markers are the second file's: y falls from left to right (slope −2), drawn in scaled units
  const { y = [] } = charts[1]!.data[0]!;
  expect(y.length).toBeGreaterThan(100);
  const markers = await scatterTraces(page);
  const marker = markers.find((trace) => trace.type === 'scatter')!;
  const first = marker.x!.indexOf(Math.min(...marker.x!));
  const last = marker.x!.indexOf(Math.max(...marker.x!));
  expect(marker.y![first]!).toBeGreaterThan(marker.y![last]!);
  // only the chart on top answers the pointer
  await expect(scatter.locator('.plot-underlay')).toHaveCSS('pointer-events', 'none');
});

test('on large data the overlay draws every sampled marker and plotly draws none, yet a hovered sample point is labelled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openNotebook(page);
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'outlier.csv', mimeType: 'text/csv', buffer: csvWithOutlier() });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'outlier.csv', { timeout: 60_000 });
  await setTestFraction(page, '0');
  const scatter = page.getByTestId('scatter-plot');
  await expect(scatter.locator('.overlaid-plot')).toHaveAttribute('data-drawn', 'current', { timeout: 60_000 });
  // the even sample of 1,000 rows, all in the overlay; plotly's own markers: none
  await expect(scatter.locator('[data-testid="data-markers"] circle')).toHaveCount(1000);
  await expect(scatter.locator('.plot-main .scatterlayer .point')).toHaveCount(0);
  // the overlay's first markers are the hoverable ones: the pointer on one brings plotly's label
  await scatter.scrollIntoViewIfNeeded();
  const overlay = await scatter.locator('svg.plot-overlay').boundingBox();
  const circle = scatter.locator('[data-testid="data-markers"] circle').first();
  const [cx, cy] = await circle.evaluate((mark) => [Number(mark.getAttribute('cx')), Number(mark.getAttribute('cy'))]);
  await page.mouse.move(overlay!.x + cx! - 30, overlay!.y + cy! - 30);
  await page.mouse.move(overlay!.x + cx!, overlay!.y + cy!, { steps: 5 });
  const label = scatter.locator('.plot-main .hoverlayer .hovertext');
  await expect(label).toContainText(/x.*: .*y.*: /s);
  // in the markers' colour, as plotly labels the markers it draws itself
  const fill = await label
    .locator('path')
    .first()
    .evaluate((path) => getComputedStyle(path).fill);
  expect(fill).toBe(await circle.evaluate((mark) => getComputedStyle(mark.parentElement!).fill));
});
