/** Singular values (largest first) and right singular vectors of a small square matrix. */
export interface SmallSvd {
  readonly values: Float64Array;
  /** Row-major m×m: column k is the right singular vector of `values[k]`. */
  readonly rightVectors: Float64Array;
}

const MAX_SWEEPS = 60;

/**
 * The singular values of an m×m matrix (row-major) by one-sided Jacobi (Hestenes 1958):
 * rotate pairs of columns until every pair is orthogonal to working precision
 * (|cᵢᵀcⱼ| ≤ ε·‖cᵢ‖‖cⱼ‖), then the singular values are the column norms and the accumulated
 * rotations are V. Unlike the eigenvalues of AᵀA it never squares the condition number, and
 * on a matrix whose columns are scaled to unit size it finds even the smallest singular value
 * to high relative accuracy (Demmel–Veselić), which is what a rank decision needs.
 * Complexity O(m³) a sweep, a few sweeps. Does not modify its input.
 *
 * @example smallSvd(Float64Array.of(3, 0, 0, 4), 2).values // [4, 3]
 */
export function smallSvd(matrix: ArrayLike<number>, size: number): SmallSvd {
  const columns = Array.from({ length: size }, (_, j) =>
    Float64Array.from({ length: size }, (_, i) => matrix[i * size + j]!),
  );
  const vectors = Array.from({ length: size }, (_, j) =>
    Float64Array.from({ length: size }, (_, i) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) {
        const a = columns[p]!,
          b = columns[q]!;
        let alpha = 0,
          beta = 0,
          gamma = 0;
        for (let i = 0; i < size; i++) {
          alpha += a[i]! * a[i]!;
          beta += b[i]! * b[i]!;
          gamma += a[i]! * b[i]!;
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.hypot(zeta, 1));
        const c = 1 / Math.hypot(t, 1);
        const s = c * t;
        rotatePair(a, b, c, s);
        rotatePair(vectors[p]!, vectors[q]!, c, s);
      }
    }
    if (!rotated) break;
  }
  const norms = columns.map((column) => Math.hypot(...column));
  const order = norms.map((_, k) => k).sort((i, j) => norms[j]! - norms[i]!);
  const values = Float64Array.from(order, (k) => norms[k]!);
  const rightVectors = new Float64Array(size * size);
  order.forEach((source, k) => {
    for (let i = 0; i < size; i++) rightVectors[i * size + k] = vectors[source]![i]!;
  });
  return { values, rightVectors };
}

function rotatePair(a: Float64Array, b: Float64Array, c: number, s: number): void {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!,
      y = b[i]!;
    a[i] = c * x - s * y;
    b[i] = s * x + c * y;
  }
}
