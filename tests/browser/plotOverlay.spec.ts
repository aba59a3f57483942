import { expect, openNotebook, test } from './fixtures';

// The overlays (fitted lines, loss curve, markers) are placed from plotly's private layout
// (src/plots/plotlyLayoutAdapter.ts). This checks the result against what plotly itself drew:
// the overlay's clipping box must be plotly's plotting area, the rectangle plotly gives its
// drag layer. A plotly release that moved either would fail here, not silently misplace lines.
for (const testId of ['scatter-plot', 'loss-plot']) {
  test(`the ${testId} overlay sits exactly on plotly's plotting area`, async ({ page }) => {
    await openNotebook(page);
    const plot = page.getByTestId(testId);
    const area = await plot.locator('.draglayer .nsewdrag').first().boundingBox();
    const clip = await plot.locator('svg.plot-overlay clipPath rect').first().boundingBox();
    expect(area).not.toBeNull();
    expect(clip).not.toBeNull();
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(clip![key] - area![key])).toBeLessThan(1);
  });
}
