import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openNotebook, test } from './fixtures';

// The production page runs only what it shipped. Every browser test already fails on a
// Content-Security-Policy violation and on a request to another origin (see fixtures.ts);
// these tests check the policy itself and what the build contains.

const DIST = 'dist';
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  );

test.describe('a locked-down page', () => {
  test('the built page declares a strict Content-Security-Policy', async ({ page }) => {
    await openNotebook(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = new Map(
      (policy ?? '').split(';').map((part) => {
        const [name, ...sources] = part.trim().split(/\s+/);
        return [name!, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-eval');
  });

  test('an injected inline script is refused, and the refusal is reported', async ({ page, consoleErrors }) => {
    await openNotebook(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
      .toEqual(['script-src-elem refused inline']);
    // This refusal was the point of the test; the fixtures still fail on any other violation or error.
    await page.evaluate(() => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0;
    });
    const expected = consoleErrors.findIndex((message) => /Content Security Policy/.test(message));
    expect(expected).toBeGreaterThanOrEqual(0);
    consoleErrors.splice(expected, 1);
  });

  test('a whole session of uploads, pastes, built-in sets and generated data sends nothing to another origin', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openNotebook(page);
    await page.getByTestId('csv-input').setInputFiles('tests/fixtures/csv/simple.csv');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'simple.csv');
    await page.getByTestId('paste-input').fill('a,b\n1,2\n2,3\n3,5');
    await page.getByTestId('paste-load').click();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Pasted data');
    await page.getByTestId('data-set').selectOption('penguins');
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Palmer penguins');
    await page.getByTestId('synthetic-generate').click();
    await expect(page.getByTestId('data-set-title')).toHaveAttribute('data-value', 'Synthetic line');
    const origin = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  });

  test('the build ships no source maps and no paths or secrets from the machine that built it', () => {
    const built = files(DIST);
    expect(built.some((file) => file.endsWith('.map'))).toBe(false);
    for (const file of built.filter((name) => /\.(js|css|html)$/.test(name))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/sourceMappingURL/);
      expect(text, file).not.toMatch(/\/work\/|\/home\/|\/root\/|PRIVATE KEY|api[_-]?key\s*[:=]/i);
    }
  });
});
