/**
 * A Householder QR factorisation `A = Q·R` of an N×m matrix held as m columns (N ≥ m).
 * `columns[j]` holds R's column j above the diagonal (entries 0 … j−1) and the j-th reflector
 * vector v from entry j down; R's diagonal is in `diagonal`. Q is the product of the reflectors
 * `H_j = I − (2/vⱼᵀvⱼ)·vⱼvⱼᵀ`, never formed.
 */
export interface HouseholderQR {
  readonly rows: number;
  readonly columns: readonly Float64Array[];
  readonly diagonal: Float64Array;
  /** 2/vⱼᵀvⱼ for each reflector (0 when column j was already zero below the diagonal). */
  readonly reflectorScales: Float64Array;
}

/**
 * Factorises in place (the columns are overwritten; pass copies you can spare). For each
 * column j: α = A[j][j], σ = Σ_{i>j} A[i][j]², β = −sign(α)·√(α² + σ), v = A[j…][j] with
 * v₀ = α − β (no cancellation: α and −β have the same sign), R[j][j] = β, and every later
 * column is reflected, `a ← a − (2/vᵀv)·(vᵀa)·v`. Backward stable: the computed R is the exact
 * factor of A + E with ‖E‖ ≈ ε·‖A‖ column by column, which is why least squares goes through
 * it and never through the normal equations (whose error grows with the square of the
 * condition number). Columns should be scaled to comparable norms (no overflow guard).
 * Complexity O(N·m²). Throws a RangeError if N < m or the columns differ in length.
 */
export function householderQR(columns: Float64Array[]): HouseholderQR {
  const m = columns.length;
  const rows = m === 0 ? 0 : columns[0]!.length;
  if (rows < m) throw new RangeError(`A QR factorisation needs at least as many rows (${rows}) as columns (${m}).`);
  if (columns.some((column) => column.length !== rows)) throw new RangeError('Every column must have the same length.');
  const diagonal = new Float64Array(m);
  const reflectorScales = new Float64Array(m);
  const dots = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const v = columns[j]!;
    const alpha = v[j]!;
    let below = 0;
    for (let i = j + 1; i < rows; i++) below += v[i]! * v[i]!;
    if (below === 0) {
      diagonal[j] = alpha;
      continue;
    }
    const beta = -(alpha >= 0 ? 1 : -1) * Math.sqrt(alpha * alpha + below);
    v[j] = alpha - beta;
    diagonal[j] = beta;
    const scale = 2 / (v[j]! * v[j]! + below);
    reflectorScales[j] = scale;
    reflectRemaining(columns, j, scale, rows, dots);
  }
  return { rows, columns, diagonal, reflectorScales };
}

/** Rows per chunk: a chunk of v (32 kB) stays in cache while every remaining column passes it. */
const CHUNK = 4096;

/**
 * Applies reflector j to columns j+1 … m−1: first every dot product vᵀa, then every update
 * a ← a − scale·(vᵀa)·v, each pass walking the rows chunk by chunk so that v is read from
 * memory twice per reflector rather than twice per column (on a million rows the
 * factorisation is limited by memory traffic, not arithmetic).
 */
function reflectRemaining(columns: Float64Array[], j: number, scale: number, rows: number, dots: Float64Array): void {
  const v = columns[j]!;
  const m = columns.length;
  dots.fill(0);
  for (let start = j; start < rows; start += CHUNK) {
    const end = Math.min(rows, start + CHUNK);
    for (let k = j + 1; k < m; k++) {
      const a = columns[k]!;
      let dot = 0;
      for (let i = start; i < end; i++) dot += v[i]! * a[i]!;
      dots[k] = dots[k]! + dot;
    }
  }
  for (let start = j; start < rows; start += CHUNK) {
    const end = Math.min(rows, start + CHUNK);
    for (let k = j + 1; k < m; k++) {
      const factor = scale * dots[k]!;
      if (factor === 0) continue;
      const a = columns[k]!;
      for (let i = start; i < end; i++) a[i] = a[i]! - factor * v[i]!;
    }
  }
}

/** `a ← a − scale·(vᵀa)·v` over entries from…rows−1. */
function reflect(v: Float64Array, scale: number, a: Float64Array, from: number, rows: number): void {
  let dot = 0;
  for (let i = from; i < rows; i++) dot += v[i]! * a[i]!;
  const factor = scale * dot;
  if (factor === 0) return;
  for (let i = from; i < rows; i++) a[i] = a[i]! - factor * v[i]!;
}

/** Overwrites an N-vector b with Qᵀb (reflectors in order). Complexity O(N·m). */
export function applyQTranspose(qr: HouseholderQR, vector: Float64Array): void {
  for (let j = 0; j < qr.columns.length; j++) {
    if (qr.reflectorScales[j]! !== 0) reflect(qr.columns[j]!, qr.reflectorScales[j]!, vector, j, qr.rows);
  }
}

/** Overwrites an N-vector b with Q·b (reflectors in reverse order). Complexity O(N·m). */
export function applyQ(qr: HouseholderQR, vector: Float64Array): void {
  for (let j = qr.columns.length - 1; j >= 0; j--) {
    if (qr.reflectorScales[j]! !== 0) reflect(qr.columns[j]!, qr.reflectorScales[j]!, vector, j, qr.rows);
  }
}

/** R's entry (i, j) for i ≤ j. */
function rEntry(qr: HouseholderQR, i: number, j: number): number {
  return i === j ? qr.diagonal[i]! : qr.columns[j]![i]!;
}

/** Solves R·x = b (the first m entries of `right`) by back substitution. Complexity O(m²). */
export function solveUpper(qr: HouseholderQR, right: ArrayLike<number>): Float64Array {
  const m = qr.columns.length;
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let sum = right[i]!;
    for (let j = i + 1; j < m; j++) sum -= rEntry(qr, i, j) * x[j]!;
    x[i] = sum / qr.diagonal[i]!;
  }
  return x;
}

/** Solves Rᵀ·x = b by forward substitution. Complexity O(m²). */
export function solveUpperTranspose(qr: HouseholderQR, right: ArrayLike<number>): Float64Array {
  const m = qr.columns.length;
  const x = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let sum = right[i]!;
    for (let j = 0; j < i; j++) sum -= rEntry(qr, j, i) * x[j]!;
    x[i] = sum / qr.diagonal[i]!;
  }
  return x;
}

/** R as a dense m×m row-major matrix (zeros below the diagonal). Complexity O(m²). */
export function upperTriangle(qr: HouseholderQR): Float64Array {
  const m = qr.columns.length;
  const r = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = i; j < m; j++) r[i * m + j] = rEntry(qr, i, j);
  return r;
}
