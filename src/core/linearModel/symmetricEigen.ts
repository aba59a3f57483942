/** Eigenvalues (largest first) and matching orthonormal eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  /** Row-major n×n: column k (entries `vectors[i·n + k]`) is the eigenvector of `values[k]`. */
  readonly vectors: Float64Array;
}

const MAX_SWEEPS = 60;

/**
 * The eigen-decomposition `A = V·diag(λ)·Vᵀ` of a symmetric n×n matrix (row-major; only the
 * upper triangle is read) by the cyclic Jacobi method: sweep over every off-diagonal pair
 * (p, q) and apply the plane rotation that zeroes A[p][q] (Rutishauser's formulas:
 * θ = (A[q][q] − A[p][p]) / (2A[p][q]), t = sign(θ)/(|θ| + √(θ² + 1)), c = 1/√(t² + 1), s = t·c),
 * until the off-diagonal mass is below 1e−32 of the diagonal's. Each sweep costs O(n³) and
 * the convergence is quadratic, so small matrices (the Hessians and Gram matrices here, n
 * ≲ 50) take a handful of sweeps. Every eigenvalue carries an absolute error of about
 * ε·max|λ|, so a small eigenvalue of an ill-conditioned matrix is only good to ε·κ relative.
 * Does not modify its input. Throws a RangeError if the matrix is not square or not finite.
 *
 * @example symmetricEigen(Float64Array.of(2, 1, 1, 2), 2).values // [3, 1]
 */
export function symmetricEigen(matrix: ArrayLike<number>, size: number): SymmetricEigen {
  if (matrix.length !== size * size)
    throw new RangeError(`symmetricEigen needs ${size}×${size} = ${size * size} entries, got ${matrix.length}.`);
  const a = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      const value = matrix[i * size + j]!;
      if (!Number.isFinite(value)) throw new RangeError('symmetricEigen needs finite entries.');
      a[i * size + j] = value;
      a[j * size + i] = value;
    }
  }
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let i = 0; i < size; i++) {
      diagonal += a[i * size + i]! ** 2;
      for (let j = i + 1; j < size; j++) off += a[i * size + j]! ** 2;
    }
    if (off <= 1e-32 * diagonal || off === 0) break;
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) rotate(a, v, size, p, q);
    }
  }
  return sortDescending(a, v, size);
}

function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q]!;
  if (apq === 0) return;
  const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.hypot(theta, 1));
  const c = 1 / Math.hypot(t, 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p]!;
    const akq = a[k * n + q]!;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k]!;
    const aqk = a[q * n + k]!;
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  a[p * n + q] = 0;
  a[q * n + p] = 0;
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p]!;
    const vkq = v[k * n + q]!;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}

function sortDescending(a: Float64Array, v: Float64Array, n: number): SymmetricEigen {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j]! - a[i * n + i]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((source, k) => {
    values[k] = a[source * n + source]!;
    for (let i = 0; i < n; i++) vectors[i * n + k] = v[i * n + source]!;
  });
  return { values, vectors };
}
