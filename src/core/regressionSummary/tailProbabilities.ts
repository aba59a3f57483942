import betainc from '@stdlib/math-base-special-betainc';
import { DataError } from '../dataError';

/**
 * The two-sided p-value of a t statistic with `degreesOfFreedom` ν: P(|T| ≥ |t|) for Student's
 * t distribution, computed directly as the regularised incomplete beta I_{ν/(ν+t²)}(ν/2, ½)
 * (stdlib's `betainc`), never as 1 − CDF, so a tiny p-value keeps its relative accuracy
 * (t = 32.8 on 196 degrees of freedom gives about 1.5e-81, not 0). One degree of freedom
 * uses the Cauchy distribution's closed form (2/π)·atan(1/|t|). Below the smallest double it
 * returns 0. O(1) amortised.
 *
 * @throws DataError when ν is not positive or t is not finite.
 */
export function studentTwoSidedPValue(tStatistic: number, degreesOfFreedom: number): number {
  assertDegrees(degreesOfFreedom, 'The t distribution');
  if (!Number.isFinite(tStatistic)) throw new DataError('A t statistic must be a finite number.');
  const size = Math.abs(tStatistic);
  if (size === 0) return 1;
  // One degree of freedom is the Cauchy distribution, whose tail has a closed form; it also
  // reaches 1e-300 only at |t| ≈ 6e299, where ν/(ν+t²) is far below the smallest double.
  if (degreesOfFreedom === 1) return (2 / Math.PI) * Math.atan2(1, size);
  const squared = size * size;
  // ν/(ν+t²) loses nothing for large t; for small t the complement t²/(ν+t²) is the accurate one.
  if (squared < degreesOfFreedom) {
    return betainc(squared / (degreesOfFreedom + squared), 0.5, degreesOfFreedom / 2, true, true);
  }
  // Written as r²/(1+r²) with r = √ν/|t| so that t² never overflows (|t| above 1.3e154).
  const ratio = Math.sqrt(degreesOfFreedom) / size;
  const tailPoint = (ratio * ratio) / (1 + ratio * ratio);
  return betainc(tailPoint, degreesOfFreedom / 2, 0.5, true, false);
}

/**
 * The upper tail P(F ≥ f) of Fisher's F distribution with `numeratorDegrees` d₁ and
 * `denominatorDegrees` d₂: I_{d₂/(d₂+d₁f)}(d₂/2, d₁/2), again without a subtraction from 1,
 * so it stays accurate far in the tail. f ≤ 0 gives 1. O(1) amortised.
 *
 * @throws DataError when a degree of freedom is not positive or f is not finite.
 */
export function fisherUpperTail(fStatistic: number, numeratorDegrees: number, denominatorDegrees: number): number {
  assertDegrees(numeratorDegrees, 'The F distribution');
  assertDegrees(denominatorDegrees, 'The F distribution');
  if (!Number.isFinite(fStatistic)) throw new DataError('An F statistic must be a finite number.');
  if (fStatistic <= 0) return 1;
  const scaled = numeratorDegrees * fStatistic;
  if (scaled < denominatorDegrees) {
    return betainc(scaled / (denominatorDegrees + scaled), numeratorDegrees / 2, denominatorDegrees / 2, true, true);
  }
  // d₂/(d₂+d₁f) as q/(1+q), q = d₂/(d₁f), so that a huge f never overflows the sum.
  const ratio = denominatorDegrees / numeratorDegrees / fStatistic;
  return betainc(ratio / (1 + ratio), denominatorDegrees / 2, numeratorDegrees / 2, true, false);
}

/**
 * The critical value t* with P(|T| ≥ t*) = `twoSidedLevel` (0.05 gives the half-width factor
 * of a 95 % confidence interval), found by bisection on `studentTwoSidedPValue`, which is
 * strictly decreasing in t, until the bracket is one double wide (about 60 steps).
 *
 * @throws DataError when the level is not strictly between 0 and 1 or ν is not positive.
 */
export function studentCriticalValue(twoSidedLevel: number, degreesOfFreedom: number): number {
  assertDegrees(degreesOfFreedom, 'The t distribution');
  if (!(twoSidedLevel > 0 && twoSidedLevel < 1)) throw new DataError('A significance level must lie between 0 and 1.');
  let low = 0;
  let high = 1;
  while (studentTwoSidedPValue(high, degreesOfFreedom) > twoSidedLevel) {
    low = high;
    high *= 2;
  }
  for (let step = 0; step < 2100; step++) {
    const middle = low + (high - low) / 2;
    if (middle <= low || middle >= high) break;
    if (studentTwoSidedPValue(middle, degreesOfFreedom) > twoSidedLevel) low = middle;
    else high = middle;
  }
  return low + (high - low) / 2;
}

function assertDegrees(degrees: number, what: string): void {
  if (!(degrees > 0) || !Number.isFinite(degrees))
    throw new DataError(`${what} needs a positive, finite number of degrees of freedom (got ${degrees}).`);
}
