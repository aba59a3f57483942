import { assertLinearProblem, type LinearProblem } from '../linearModel/model';
import { ALWAYS_REFINE_ENTRIES } from './fitLinearLeastSquares';
import { householderQR } from './householder';
import { refineLeastSquares } from './refinement';
import { buildScaledDesign } from './scaledDesign';
import { smallSvd } from './singularValues';
import { type DesignScaling, designScaling, streamedTriangle } from './streamedTriangle';

/** The plain solve is kept when its error bound κ·c·ε promises at least this many digits. */
const PLAIN_DIGITS = 12;

/**
 * The diagonal of (XᵀX)⁻¹ in original units, [intercept, w₁, …] (intercept only with one), to
 * nearly full double precision even on badly conditioned designs: a coefficient's variance is
 * σ² times its entry. With B = X·T the centred, power-of-two-scaled design, a coefficient is
 * c = aᵀz of the scaled solution z (a weight aⱼ = scaleⱼ·eⱼ; the intercept a = scale₀·e₀ −
 * Σ meanⱼ·scaleⱼ·eⱼ), and its entry is aᵀ(BᵀB)⁻¹a = ‖R⁻ᵀa‖² for B = QR.
 *
 * Large, well-conditioned problems (more than `ALWAYS_REFINE_ENTRIES` entries and an error
 * bound κ(B)·c·ε, c the centring cancellation, promising 12 digits) take that one triangular
 * solve on R streamed from the data (`streamedTriangle`), O(N·m²) with no copy of the design.
 * Every other problem solves the augmented system `[I B; Bᵀ 0]·[r; x] = [0; a]`
 * (x = −(BᵀB)⁻¹a) with the Householder QR of B, refined in double-double
 * (`refineLeastSquares`), so the error grows with κ(B)·ε per step rather than the κ² of the
 * normal equations: NIST's Filip, where one triangular solve gives 7.6 digits, gets 13.
 * Complexity O(N·m²) for the QR plus a few O(N·m) steps per coefficient on that path.
 *
 * Throws a DataError for unusable data (`assertLinearProblem`). Assumes a design of full rank
 * (fit it with `fitLinearLeastSquares` first, which throws otherwise).
 */
export function accurateVarianceFactors(problem: LinearProblem): Float64Array {
  assertLinearProblem(problem);
  const rows = problem.response.length;
  const m = problem.features.length + (problem.fitIntercept ? 1 : 0);
  if (rows * m > ALWAYS_REFINE_ENTRIES) {
    const plain = plainVarianceFactors(problem);
    if (plain) return plain;
  }
  const design = buildScaledDesign(problem);
  const qr = householderQR(design.high.map((column) => column.slice()));
  const zeros = new Float64Array(rows);
  const factors = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const direction = coefficientDirection(design, k);
    // From z = 0 and r = 0 the first step is the plain solve x = −R⁻¹R⁻ᵀa, r = Q·[R⁻ᵀa; 0].
    const refined = refineLeastSquares(qr, design.high, design.low, zeros, new Float64Array(m), direction);
    let sum = 0;
    for (let j = 0; j < m; j++) sum -= direction[j]! * (refined.high[j]! + refined.low[j]!);
    factors[k] = sum;
  }
  return factors;
}

/** a for coefficient k: c = aᵀz maps the scaled solution z back to that original coefficient. */
function coefficientDirection(design: DesignScaling, k: number): Float64Array {
  const m = design.scales.length;
  const direction = new Float64Array(m);
  if (design.hasIntercept && k === 0) {
    direction[0] = design.scales[0]!;
    for (let j = 1; j < m; j++) direction[j] = -design.means[j - 1]! * design.scales[j]!;
  } else direction[k] = design.scales[k]!;
  return direction;
}

/** ‖R⁻ᵀa‖² for each coefficient from the streamed triangle, or null when its bound promises too few digits. */
function plainVarianceFactors(problem: LinearProblem): Float64Array | null {
  const scaling = designScaling(problem);
  const m = scaling.scales.length;
  const width = m + 1;
  const triangle = streamedTriangle(problem, scaling);
  const factor = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = i; j < m; j++) factor[i * m + j] = triangle[i * width + j]!;
  const singular = smallSvd(factor, m).values;
  const bound = (singular[0]! / singular[m - 1]!) * scaling.cancellation * Number.EPSILON;
  if (!(bound <= 10 ** -PLAIN_DIGITS)) return null;
  const factors = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const direction = coefficientDirection(scaling, k);
    // forward substitution Rᵀh = a
    const solved = new Float64Array(m);
    let sum = 0;
    for (let i = 0; i < m; i++) {
      let value = direction[i]!;
      for (let j = 0; j < i; j++) value -= factor[j * m + i]! * solved[j]!;
      solved[i] = value / factor[i * m + i]!;
      sum += solved[i]! * solved[i]!;
    }
    factors[k] = sum;
  }
  return factors;
}
