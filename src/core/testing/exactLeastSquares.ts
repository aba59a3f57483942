import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';
const SCRIPT = 'tests/exact/exact_least_squares.py';

/**
 * The least-squares line of the given doubles in exact rational arithmetic (Python's
 * fractions, run at test time), each coefficient rounded once to the nearest double.
 */
export function exactLeastSquares(x: ArrayLike<number>, y: ArrayLike<number>): { slope: number; intercept: number } {
  if (!existsSync(PYTHON))
    throw new Error(`${PYTHON} is missing: exact answers need Python 3 (its standard library only).`);
  const input = JSON.stringify({ x: Array.from(x), y: Array.from(y) });
  return JSON.parse(execFileSync(PYTHON, [SCRIPT], { input, encoding: 'utf8' }));
}

/** How many significant decimal digits `value` shares with `exact` (17 when equal). */
export function correctDigits(value: number, exact: number): number {
  if (value === exact) return 17;
  return Math.min(17, -Math.log10(Math.abs(value - exact) / Math.abs(exact)));
}
