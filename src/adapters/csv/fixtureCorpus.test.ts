import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIRECTORY, fixtureNames } from './testing/fixtures';

// Keeps the corpus honest: every fixture is described in the README and checked by some test.
const testDirectory = fileURLToPath(new URL('.', import.meta.url));
const testSources = readdirSync(testDirectory)
  .filter((name) => name.endsWith('.test.ts') && name !== 'fixtureCorpus.test.ts')
  .map((name) => readFileSync(testDirectory + name, 'utf8'))
  .join('\n');
const readme = readFileSync(`${FIXTURE_DIRECTORY}README.md`, 'utf8');

describe('the CSV fixture corpus', () => {
  it('holds at least 30 fixtures', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(30);
  });
  it.each(fixtureNames())('%s is described in the README and checked by a test', (name) => {
    expect(readme).toContain(`\`${name}\``);
    expect(testSources).toContain(`'${name}'`);
  });
});
