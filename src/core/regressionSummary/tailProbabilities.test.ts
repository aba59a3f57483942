import { describe, expect, it } from 'vitest';
import { runPython } from '../testing/python';
import { fisherUpperTail, studentCriticalValue, studentTwoSidedPValue } from './tailProbabilities';

// scipy's special functions (cephes' incomplete beta, an implementation independent of
// stdlib's port of Boost), run now: two-sided t tails, F upper tails and t quantiles. With one
// or two degrees of freedom cephes underflows before 1e-300, so those come from closed forms.
const SCIPY = `
import json, sys
from scipy import special
cases = json.load(sys.stdin)
print(json.dumps({
  't': [2 * special.stdtr(float(df), -abs(float(t))) for t, df in cases['t']],
  'f': [special.fdtrc(float(d1), float(d2), float(f)) for f, d1, d2 in cases['f']],
  'q': [special.stdtrit(float(df), 1 - level / 2) for level, df in cases['q']],
}))
`;

const tCases: [number, number][] = [];
for (const df of [3, 10, 196, 1000]) {
  // from the body of the distribution out to p-values between 1e-288 and 1e-297
  const far = df === 3 ? 1e96 : df === 10 ? 4e29 : df === 196 ? 450 : 53;
  for (let k = 0; k <= 12; k++) tCases.push([0.05 * (far / 0.05) ** (k / 12), df]);
}
const fCases: [number, number, number][] = [
  [0.5, 3, 196],
  [3.1, 1, 10],
  [570.2707036590941, 3, 196],
  [312.1449943727131, 1, 198],
  [4000, 4, 300],
  [1e6, 2, 40],
];
const quantileCases: [number, number][] = [
  [0.05, 5],
  [0.05, 196],
  [0.01, 30],
  [0.1, 1000],
];

const expected = runPython<{ t: number[]; f: number[]; q: number[] }>(
  SCIPY,
  { t: tCases, f: fCases, q: quantileCases },
  ['scipy'],
);

function relativeError(actual: number, reference: number): number {
  return Math.abs(actual - reference) / Math.abs(reference);
}

describe('the t and F tails against scipy run now', () => {
  it('give two-sided t p-values to 1e-9 relative from 0.96 down to about 1e-290', () => {
    expect(Math.min(...expected.t)).toBeLessThan(1e-287);
    tCases.forEach(([t, df], k) => {
      const reference = expected.t[k]!;
      expect(relativeError(studentTwoSidedPValue(t, df), reference), `t = ${t}, ν = ${df}`).toBeLessThan(1e-9);
    });
  });
  it('give F upper tails to 1e-9 relative, Advertising’s 1.575e-96 among them', () => {
    fCases.forEach(([f, d1, d2], k) => {
      expect(relativeError(fisherUpperTail(f, d1, d2), expected.f[k]!), `F = ${f} (${d1}, ${d2})`).toBeLessThan(1e-9);
    });
  });
  it('give the critical values of the confidence intervals to 1e-9 relative (scipy’s stdtrit itself is good to about 1e-10)', () => {
    quantileCases.forEach(([level, df], k) => {
      expect(relativeError(studentCriticalValue(level, df), expected.q[k]!), `${level}, ν = ${df}`).toBeLessThan(1e-9);
    });
  });
  it('give the critical value of one degree of freedom as its closed form tan(π·0.475) (scipy is 2e-11 off there)', () => {
    expect(relativeError(studentCriticalValue(0.05, 1), 1 / Math.tan(Math.PI * 0.025))).toBeLessThan(1e-14);
  });
  it('give the closed forms of one and two degrees of freedom down to 1e-300 (Cauchy: p = (2/π)·atan(1/|t|))', () => {
    for (let k = 0; k <= 12; k++) {
      const t = 0.05 * (3e299 / 0.05) ** (k / 12);
      expect(relativeError(studentTwoSidedPValue(t, 1), (2 / Math.PI) * Math.atan(1 / t)), `t = ${t}`).toBeLessThan(
        1e-9,
      );
      // ν = 2: p = 1 − t/√(t² + 2) = 2/(√(t² + 2)·(√(t² + 2) + t)), written without the cancellation
      const u = 0.05 * (1e150 / 0.05) ** (k / 12);
      const root = Math.sqrt(u * u + 2);
      expect(relativeError(studentTwoSidedPValue(u, 2), 2 / (root * (root + u))), `t = ${u}`).toBeLessThan(1e-9);
    }
  });
  it('return 0 rather than a wrong tiny number once the p-value is below the smallest double', () => {
    expect(studentTwoSidedPValue(1e200, 196)).toBe(0);
    expect(fisherUpperTail(1e300, 3, 196)).toBe(0);
  });
  it('keep an F tail with one denominator degree of freedom, whose d₁f would overflow, at its closed form', () => {
    // F(1, 1) is the square of a Cauchy variable: P(F ≥ f) = (2/π)·atan(1/√f)
    const f = 1e300;
    expect(relativeError(fisherUpperTail(f, 1, 1), (2 / Math.PI) * Math.atan(1 / Math.sqrt(f)))).toBeLessThan(1e-9);
  });
});
