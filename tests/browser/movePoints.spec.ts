import { dataValueOf, expect, expectNoBrokenValues, openNotebook, test } from './fixtures';

// Which points pull hardest? Drag a data point, watch both fits follow, put the data back.

test.describe('moving data points', () => {
  test('drag a point and use the keys: least squares and descent refit; Reset data gives back the exact fit; a reload keeps the data as loaded', async ({
    page,
  }) => {
    test.setTimeout(300_000); // many drags and refits on a shared, busy machine
    await openNotebook(page);
    const loaded = {
      olsSlope: await dataValueOf(page, 'ols-slope'),
      olsIntercept: await dataValueOf(page, 'ols-intercept'),
      gdSlope: await dataValueOf(page, 'gd-slope'),
    };
    await page.getByTestId('hand-fit-start').click();
    await page.getByTestId('move-points').check();
    const points = page.getByTestId('movable-point');
    await expect(points).toHaveCount(200);

    // the point furthest right (largest TV) pulls the slope hardest: drag it down
    const rightmost = await points.evaluateAll((circles) =>
      circles.reduce(
        (best, circle, index, all) =>
          Number(circle.getAttribute('cx')) > Number(all[best]!.getAttribute('cx')) ? index : best,
        0,
      ),
    );
    const box = (await points.nth(rightmost).boundingBox())!;
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y + 150, { steps: 6 });
    await page.mouse.up();
    const afterDrag = Number(await dataValueOf(page, 'ols-slope'));
    expect(afterDrag).toBeLessThan(Number(loaded.olsSlope));
    expect(await dataValueOf(page, 'gd-slope')).not.toBe(loaded.gdSlope);
    await expect(page.getByTestId('moved-points-notice')).toHaveAttribute('data-value', '1');
    await expect(page.getByTestId('moved-points-notice')).toContainText('1 point moved by hand');
    await expect(page.getByTestId('selected-point')).toContainText(`Point ${rightmost + 1} of 200`);
    await expect(page.getByTestId('hand-mse')).toHaveCount(1); // the hand-made line stays

    // keys: Previous / Next choose a point, ↑ lifts it (Shift for ten times the step)
    await page.getByTestId('point-previous').click();
    await expect(page.getByTestId('selected-point')).toContainText(`Point ${((rightmost + 199) % 200) + 1} of 200`);
    // as a keyboard user does it: focus stays on the button, and the arrows move the chosen point
    await page.getByTestId('point-next').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('selected-point')).toContainText(`Point ${((rightmost + 1) % 200) + 1} of 200`);
    const beforeKeys = await dataValueOf(page, 'ols-intercept');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(page.getByTestId('ols-intercept')).not.toHaveAttribute('data-value', beforeKeys);
    await expect(page.getByTestId('moved-points-notice')).toHaveAttribute('data-value', '2');
    await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '1000'); // the keys moved the point, not the epoch
    await expect(page.getByText('Advertising (2 points moved)').first()).toBeAttached(); // the data's title says so
    await expectNoBrokenValues(page);

    // Reset data: the very same numbers as loaded
    await page.getByTestId('reset-data-lab').click();
    await expect(page.getByTestId('moved-points-notice')).toHaveCount(0);
    expect(await dataValueOf(page, 'ols-slope')).toBe(loaded.olsSlope);
    expect(await dataValueOf(page, 'ols-intercept')).toBe(loaded.olsIntercept);
    expect(await dataValueOf(page, 'gd-slope')).toBe(loaded.gdSlope);
    await expect(page.getByTestId('reset-data')).toBeDisabled();

    // moved points are an experiment on this page: a reload shows the data as loaded
    await page.getByTestId('point-next').focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByTestId('moved-points-notice')).toHaveCount(1);
    await page.waitForTimeout(600); // the session is saved shortly after each change
    await page.reload();
    await expect(page.getByTestId('ols-slope')).toHaveAttribute('data-value', loaded.olsSlope, { timeout: 30_000 });
    await expect(page.getByTestId('moved-points-notice')).toHaveCount(0);
  });
});
