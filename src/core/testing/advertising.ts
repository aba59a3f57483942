// Test helper: the shipped Advertising file read straight from disk, parsed without any app code
// so that the expected numbers do not depend on the importer under test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function readAdvertisingColumns(): { tv: number[]; radio: number[]; newspaper: number[]; sales: number[] } {
  const path = fileURLToPath(new URL('../../data/advertising.csv', import.meta.url));
  const rows = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));
  return {
    tv: rows.map((row) => row[1]!),
    radio: rows.map((row) => row[2]!),
    newspaper: rows.map((row) => row[3]!),
    sales: rows.map((row) => row[4]!),
  };
}
