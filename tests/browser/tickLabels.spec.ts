import { expect, openNotebook, test } from './fixtures';

// The charts hide an x tick label that would reach past the chart's box themselves, after plotly
// has drawn (src/plots/tickLabelOverflow.ts), as plotly's own, slower check did: a label is
// either whole inside the chart or not shown, never cut in half at its edge.
test('no x tick label is cut at a chart’s edge: the one at the end of the epoch axis is hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openNotebook(page);
  await page.getByRole('group', { name: 'Features' }).getByRole('checkbox', { name: 'Radio', exact: true }).check();
  const plot = page.getByTestId('coefficient-plot');
  await expect(plot.locator('.overlaid-plot')).toHaveAttribute('data-drawn', 'current');
  await expect(plot.locator('.xtick text')).not.toHaveCount(0);
  const readLabels = () =>
    plot
      .locator('.main-svg')
      .first()
      .evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll<SVGTextElement>('.xtick text')].map((label) => {
          const bounds = label.getBoundingClientRect();
          const shown = getComputedStyle(label).display !== 'none';
          return { text: label.textContent, shown, inside: bounds.left >= box.left && bounds.right <= box.right };
        });
      });
  // the labels are checked in the animation frame after plotly has drawn, before it is painted
  await expect
    .poll(async () => (await readLabels()).filter((label) => label.shown && !label.inside).map((label) => label.text))
    .toEqual([]);
  const labels = await readLabels();
  for (const label of labels) expect(label.inside || !label.shown, `label ${label.text}`).toBe(true);
  expect(labels.find((label) => label.text === '1000')?.shown).toBe(false);
  expect(labels.find((label) => label.text === '0')?.shown).toBe(true);
});
