import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core is pure maths: it may import only other core files, and stdlib's special functions
// (pure maths too: the incomplete beta behind the t and F tails; .dependency-cruiser.cjs makes
// the same exception). This test is the lint rule that keeps it so (CI runs it with every other unit test).
const PURE_MATHS_PACKAGE = /^@stdlib\/math-base-special-[a-z0-9-]+$/;
const coreDirectory = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes('/testing/') ? [path] : [];
  });
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const browserGlobals = /\b(window|document|localStorage|indexedDB|navigator|requestAnimationFrame|Math\.random)\b/;

describe('the core boundary', () => {
  const files = sourceFiles(coreDirectory);
  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it.each(files.map((file) => [relative(coreDirectory, file), file]))('%s imports only core modules', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const target = match[1] ?? match[2]!;
      if (PURE_MATHS_PACKAGE.test(target)) continue;
      expect(target.startsWith('./') || target.startsWith('../'), `${target} is outside the core`).toBe(true);
      const resolved = join(file, '..', target);
      expect(resolved.startsWith(coreDirectory), `${target} leaves src/core`).toBe(true);
    }
  });
  it.each(files.map((file) => [relative(coreDirectory, file), file]))(
    '%s uses no browser globals or Math.random',
    (_name, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(browserGlobals);
    },
  );
});
