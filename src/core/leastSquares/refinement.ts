import { addDoubleDouble, twoProduct, twoSum } from '../doubleDouble/errorFreeTransforms';
import { applyQ, applyQTranspose, type HouseholderQR, solveUpper, solveUpperTranspose } from './householder';

/** A least-squares solution refined in double-double, with its residual and how the refinement went. */
export interface RefinedSolution {
  /** The solution z as double-doubles `high + low`. */
  readonly high: Float64Array;
  readonly low: Float64Array;
  /** The residual y − B·z of the refined solution, to double precision. */
  readonly residuals: Float64Array;
  readonly steps: number;
  /** The last correction applied to z: an upper estimate of the error left before it. */
  readonly lastCorrection: Float64Array;
  /** True when the corrections shrank below 1e−20 of the solution (false: they stalled). */
  readonly converged: boolean;
}

const MAX_STEPS = 12;

/**
 * Iterative refinement of `min ‖y − B·z‖` on the augmented system (Björck 1967):
 * `[I B; Bᵀ 0]·[r; z] = [y; 0]`. Each step computes the residuals of both block equations in
 * double-double, `f = y − r − B·z` and `g = −Bᵀ·r` (B exact as `high + low`, z as a
 * double-double), then solves the same system for the corrections with the double QR of
 * `high`: with Qᵀf = [c₁; c₂], `h = R⁻ᵀ·g`, `δz = R⁻¹·(c₁ − h)`, `δr = Q·[h; c₂]`. Refining r as
 * well as z is what makes it work on large-residual problems (a residual-only refinement
 * converges at a rate growing with κ², the augmented one with κ·ε). Each step gains about
 * −log10(κ·ε) digits, until z is exact to double-double precision or the corrections stop
 * shrinking. Complexity O(N·m) a step (about 40 flops per entry), a few steps.
 * With a `constraint` c the second block equation becomes `Bᵀ·r = c` (g = c − Bᵀ·r): with
 * y = 0 that solves z = −(BᵀB)⁻¹c and ‖r‖² = cᵀ(BᵀB)⁻¹c without forming BᵀB.
 */
export function refineLeastSquares(
  qr: HouseholderQR,
  high: readonly Float64Array[],
  low: readonly Float64Array[],
  response: Float64Array,
  start: Float64Array,
  constraint?: Float64Array,
): RefinedSolution {
  const m = high.length;
  const rows = response.length;
  const zHigh = Float64Array.from(start);
  const zLow = new Float64Array(m);
  const residuals = new Float64Array(rows);
  const f = new Float64Array(rows);
  const g = new Float64Array(m);
  const pair = new Float64Array(2);
  const product = new Float64Array(2);
  let lastCorrection: Float64Array = new Float64Array(m);
  let previousSize = Infinity;
  let steps = 0;
  let converged = false;
  while (steps < MAX_STEPS) {
    for (let i = 0; i < rows; i++) {
      twoSum(response[i]!, -residuals[i]!, pair);
      let accHigh = pair[0]!,
        accLow = pair[1]!;
      for (let j = 0; j < m; j++) {
        const b = high[j]![i]!;
        twoProduct(b, zHigh[j]!, product);
        addDoubleDouble(accHigh, accLow, -product[0]!, -(product[1]! + b * zLow[j]! + low[j]![i]! * zHigh[j]!), pair);
        accHigh = pair[0]!;
        accLow = pair[1]!;
      }
      f[i] = accHigh + accLow;
    }
    for (let j = 0; j < m; j++) {
      const bHigh = high[j]!,
        bLow = low[j]!;
      let accHigh = constraint ? constraint[j]! : 0,
        accLow = 0;
      for (let i = 0; i < rows; i++) {
        twoProduct(bHigh[i]!, residuals[i]!, product);
        addDoubleDouble(accHigh, accLow, -product[0]!, -(product[1]! + bLow[i]! * residuals[i]!), pair);
        accHigh = pair[0]!;
        accLow = pair[1]!;
      }
      g[j] = accHigh + accLow;
    }
    applyQTranspose(qr, f);
    const h = solveUpperTranspose(qr, g);
    const right = new Float64Array(m);
    for (let j = 0; j < m; j++) right[j] = f[j]! - h[j]!;
    const correction = solveUpper(qr, right);
    for (let j = 0; j < m; j++) f[j] = h[j]!;
    applyQ(qr, f);
    for (let i = 0; i < rows; i++) residuals[i] = residuals[i]! + f[i]!;
    let size = 0,
      scale = 0;
    for (let j = 0; j < m; j++) {
      addDoubleDouble(zHigh[j]!, zLow[j]!, correction[j]!, 0, pair);
      zHigh[j] = pair[0]!;
      zLow[j] = pair[1]!;
      size = Math.max(size, Math.abs(correction[j]!));
      scale = Math.max(scale, Math.abs(zHigh[j]!));
    }
    steps++;
    lastCorrection = correction;
    if (size <= 1e-20 * scale) {
      converged = true;
      break;
    }
    if (steps > 2 && size > 0.5 * previousSize) break; // stalled (the first steps also settle r)
    previousSize = size;
  }
  return { high: zHigh, low: zLow, residuals, steps, lastCorrection, converged };
}
