import { dataValueOf, expect, openNotebook, test } from './fixtures';

test.describe.configure({ timeout: 150_000 });

// A teacher's link reopens exactly what was on screen, in a fresh browser; hostile links are
// read field by field, never run anything, and say what was ignored.

const NUMBERS = ['gd-intercept', 'gd-slope', 'ols-intercept', 'ols-slope', 'epoch'];

async function readNumbers(page: import('@playwright/test').Page): Promise<string[]> {
  return Promise.all(NUMBERS.map((id) => dataValueOf(page, id)));
}

async function shareUrl(page: import('@playwright/test').Page): Promise<string> {
  await page.getByTestId('share').click();
  const field = page.getByTestId('share-url');
  await expect(field).toHaveValue(/#v=1&/);
  return field.inputValue();
}

test('a shared link reopens the same data, settings and epoch to the last digit in a fresh browser', async ({
  page,
  browser,
}) => {
  await openNotebook(page);
  await page.getByTestId('data-set').selectOption('auto-mpg');
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', /Cars/);
  await page.getByTestId('learning-rate-input').fill('0.05');
  await page.getByTestId('learning-rate-input').press('Enter');
  await page.getByTestId('epochs-input').fill('300');
  await page.getByTestId('epochs-input').press('Enter');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '40');
  const before = await readNumbers(page);
  const url = await shareUrl(page);
  expect(url).toContain('data=auto-mpg');
  const qr = page.getByTestId('share-qr');
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(300);

  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  const errors: string[] = [];
  student.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await student.goto(url);
  await expect(student.getByTestId('data-set-title')).toHaveAttribute('data-value', /Cars/);
  await expect(student.getByTestId('epoch')).toHaveAttribute('data-value', '40');
  expect(await readNumbers(student)).toEqual(before);
  await expect(student.getByTestId('learning-rate-input')).toHaveValue('0.05');
  await expect(student.getByTestId('status')).not.toHaveAttribute('data-value', 'running');
  await expect(student.getByTestId('link-notice')).toContainText('shared link');
  expect(errors).toEqual([]);
  await fresh.close();
});

test('uploaded data small enough travels inside the link, compressed', async ({ page, browser }) => {
  await openNotebook(page);
  await page.getByTestId('paste-input').fill('hours,score\n2,55\n4,71\n6,80\n8,88\n10,91.5\n');
  await page.getByTestId('paste-load').click();
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Pasted data');
  const before = await readNumbers(page);
  const url = await shareUrl(page);
  expect(url).toMatch(/data=inline&csv=[A-Za-z0-9_-]+/);
  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(url);
  await expect(student.getByTestId('feature-column')).toHaveValue('hours');
  await expect(student.getByTestId('epoch')).toHaveAttribute('data-value', before[4]!);
  expect(await readNumbers(student)).toEqual(before);
  await fresh.close();
});

test('a hostile link applies its valid fields, lists the rest with reasons, and runs nothing', async ({ page }) => {
  const hostile = encodeURIComponent('<img src=x onerror="window.hacked=1">');
  await openNotebook(
    page,
    `/#v=1&lr=fast&epochs=1e308&epoch=12&x=${hostile}&flavour=%3Cscript%3E&start=1,2,3&seed=5&gen=1,2&rm=-rf&lesson=..%2F..`,
  );
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  const items = notice.getByTestId('link-ignored').locator('li');
  await expect(items).toHaveCount(8);
  await expect(notice).toContainText('lr (learning rate) “fast” is not a number');
  await expect(notice).toContainText('epochs (epoch budget) “1e308” must be a whole number from 1 to 1,000,000');
  await expect(notice).toContainText('<img src=x onerror="window.hacked=1">” is not a column of Advertising');
  await expect(notice).toContainText('rm (unknown field)');
  // the valid fields applied (epoch 12; the rest are defaults), and nothing plays
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '12');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.1');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await page.waitForTimeout(500);
  await expect(page.getByTestId('epoch')).toHaveAttribute('data-value', '12');
});

test('a link of an unknown version, or with damaged data, changes nothing it cannot read and says so', async ({
  page,
}) => {
  await openNotebook(page, '/#v=7&lr=0.5');
  await expect(page.getByTestId('link-notice')).toContainText('not a version this Downhill reads');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.1');
  await openNotebook(page, '/#v=1&data=inline&csv=eJxLzs8tKEotLk5NAQAbQQQV&lr=0.2');
  await expect(page.getByTestId('link-notice')).toContainText(/damaged or cut short|could not be read/);
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Advertising');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.2');
});

test('a link wins over the saved session without destroying it, and the student can go back', async ({ page }) => {
  await openNotebook(page);
  await page.getByTestId('learning-rate-input').fill('0.3');
  await page.getByTestId('learning-rate-input').press('Enter');
  await page.waitForTimeout(800); // the session is saved 300 ms after a change
  await openNotebook(page, '/#v=1&lr=0.02&epochs=50');
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.02');
  await expect(page.getByTestId('link-notice')).toContainText('Your own saved work is untouched');
  await page.getByTestId('back-to-my-work').click();
  await expect(page.getByTestId('learning-rate-input')).toHaveValue('0.3');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});

test('an instructor link hides and locks controls, opens a lesson and hides the prose', async ({ page, browser }) => {
  await openNotebook(page);
  await page.getByTestId('share').click();
  await page.getByTestId('prepare-for-class').locator('summary').click();
  await page.getByTestId('hide-data').check();
  await page.getByTestId('lock-learning-rate').check();
  await page.getByTestId('opening-lesson').selectOption('scaling');
  await page.getByTestId('show-prose').uncheck();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('hide=data');
  expect(url).toContain('lock=learning-rate');
  await expect(page.getByTestId('share-embed')).toHaveValue(/<iframe src=".*embed=scaling/);

  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(url);
  await expect(student.getByTestId('locked-learning-rate')).toBeVisible();
  await expect(student.getByTestId('learning-rate')).toBeDisabled();
  await expect(student.getByTestId('data-set')).toHaveCount(0);
  await expect(student.locator('#scaling > p').first()).toBeHidden();
  await expect(student.locator('#scaling-title')).toBeInViewport();
  await student.keyboard.press(']');
  await expect(student.getByTestId('learning-rate-input')).toHaveValue('0.1');
  await fresh.close();
});

test("an instructor link can turn the lessons' prediction questions off", async ({ page, browser }) => {
  await openNotebook(page);
  await expect(page.getByTestId('prediction-question')).toHaveCount(6);
  await page.getByTestId('share').click();
  await page.getByTestId('prepare-for-class').locator('summary').click();
  await page.getByTestId('hide-predictions').check();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('hide=predictions');

  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(url);
  await expect(student.getByTestId('scatter-plot')).toBeVisible();
  await expect(student.getByTestId('prediction-question')).toHaveCount(0);
  await expect(student.getByTestId('prediction-summary')).toHaveCount(0);
  await fresh.close();
});

/** CSV text of `rows` rows of three columns of seeded pseudo-random doubles (DEFLATE cannot shrink them much). */
function noisyCsv(rows: number): string {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const lines = ['x,y,z'];
  for (let row = 0; row < rows; row++) lines.push(`${next() * 100},${next() * 50 + 3},${next()}`);
  return `${lines.join('\n')}\n`;
}

test('data larger than 50 kB compressed stays out of the link: the panel says so plainly and offers the file', async ({
  page,
}) => {
  await openNotebook(page);
  const csv = noisyCsv(6000);
  await page
    .getByTestId('csv-input')
    .setInputFiles({ name: 'field-measurements.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'field-measurements.csv');
  await page.getByTestId('share').click();
  const note = page.getByTestId('share-data-too-large');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/Your data is \d+ kB even compressed, more than the 50 kB a link can carry\./);
  const compressedKb = Number((await note.textContent())!.match(/Your data is (\d+) kB/)![1]);
  expect(compressedKb).toBeGreaterThan(50);
  // the link holds the settings alone: short, no data, still a QR code
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).not.toMatch(/[#&]csv=/);
  expect(url).not.toMatch(/[#&]data=inline/);
  expect(url.length).toBeLessThan(600);
  await expect(page.getByTestId('share-qr')).toBeVisible();
  // the file offered is the data on screen, every row
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-data-file').click()]);
  expect(download.suggestedFilename()).toBe('field-measurements.csv');
  const sent = (await (await download.createReadStream()).toArray()).map(String).join('');
  const sentLines = sent.trim().split('\n');
  expect(sentLines[0]).toBe('x,y,z');
  expect(sentLines).toHaveLength(6001);
  expect(sentLines.slice(1).map((line) => line.split(',').map(Number))).toEqual(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number)),
  );
});
