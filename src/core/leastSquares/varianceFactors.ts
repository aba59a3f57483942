import { assertLinearProblem, type LinearProblem } from '../linearModel/model';
import { householderQR } from './householder';
import { refineLeastSquares } from './refinement';
import { buildScaledDesign } from './scaledDesign';

/**
 * The diagonal of (XᵀX)⁻¹ in original units, [intercept, w₁, …] (intercept only with one), to
 * nearly full double precision even on badly conditioned designs: a coefficient's variance is
 * σ² times its entry. With B = X·T the centred, power-of-two-scaled design, a coefficient is
 * c = aᵀz of the scaled solution z (a weight aⱼ = scaleⱼ·eⱼ; the intercept a = scale₀·e₀ −
 * Σ meanⱼ·scaleⱼ·eⱼ), and its entry is aᵀ(BᵀB)⁻¹a. That is found from the augmented system
 * `[I B; Bᵀ 0]·[r; x] = [0; a]` (x = −(BᵀB)⁻¹a), solved with the Householder QR of B and refined
 * in double-double (`refineLeastSquares`), so the error grows with κ(B)·ε per step rather than
 * the κ² of the normal equations: NIST's Filip, where one triangular solve gives 7.6 digits,
 * gets 13. Complexity O(N·m²) for the QR plus a few O(N·m) steps per coefficient; call it when
 * a summary is shown, not on every fit.
 *
 * Throws a DataError for unusable data (`assertLinearProblem`). Assumes a design of full rank
 * (fit it with `fitLinearLeastSquares` first, which throws otherwise).
 */
export function accurateVarianceFactors(problem: LinearProblem): Float64Array {
  assertLinearProblem(problem);
  const design = buildScaledDesign(problem);
  const qr = householderQR(design.high.map((column) => column.slice()));
  const m = design.scales.length;
  const rows = problem.response.length;
  const offset = design.hasIntercept ? 1 : 0;
  const zeros = new Float64Array(rows);
  const factors = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const direction = new Float64Array(m);
    if (design.hasIntercept && k === 0) {
      direction[0] = design.scales[0]!;
      for (let j = offset; j < m; j++) direction[j] = -design.means[j - offset]! * design.scales[j]!;
    } else direction[k] = design.scales[k]!;
    // From z = 0 and r = 0 the first step is the plain solve x = −R⁻¹R⁻ᵀa, r = Q·[R⁻ᵀa; 0].
    const refined = refineLeastSquares(qr, design.high, design.low, zeros, new Float64Array(m), direction);
    let sum = 0;
    for (let j = 0; j < m; j++) sum -= direction[j]! * (refined.high[j]! + refined.low[j]!);
    factors[k] = sum;
  }
  return factors;
}
