import type { LinearProblem } from '../linearModel/model';
import { pairwiseMean } from '../summation';
import { INTERCEPT_NAME } from './rankDeficiency';

/**
 * How the design is centred and scaled, without the design itself: the column names (the
 * intercept first when there is one), the mean taken off each feature (0 without intercept),
 * the power of two each design column is multiplied by, and the centring cancellation
 * max|x| / rms(x − mean) (1 = none).
 */
export interface DesignScaling {
  readonly names: readonly string[];
  readonly hasIntercept: boolean;
  readonly means: Float64Array;
  readonly scales: Float64Array;
  readonly cancellation: number;
  /** The response's pairwise mean, taken off it before the streamed factorisation (0 without intercept). */
  readonly responseMean: number;
}

/** 2^round(log2 v) for a positive finite v (1 otherwise): scaling by it is exact. */
export function powerOfTwoNear(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  return 2 ** Math.max(-1000, Math.min(1000, Math.round(Math.log2(value))));
}

/**
 * The centring and scaling of {@link DesignScaling} in two passes over each column (its
 * pairwise mean, then the norm of x − mean), allocating nothing per row. A column of ones is
 * scaled by the power of two nearest 1/√N, each feature by that nearest 1/‖x − mean‖.
 * Complexity O(N·p).
 */
export function designScaling(problem: LinearProblem): DesignScaling {
  const { features, fitIntercept } = problem;
  const rows = problem.response.length;
  const means = new Float64Array(features.length);
  const scales: number[] = fitIntercept ? [powerOfTwoNear(1 / Math.sqrt(rows))] : [];
  let cancellation = 1;
  features.forEach((feature, j) => {
    const values = feature.values;
    const mean = fitIntercept ? pairwiseMean(values) : 0;
    means[j] = mean;
    let squares = 0;
    let largest = 0;
    for (let i = 0; i < rows; i++) {
      const deviation = values[i]! - mean;
      squares += deviation * deviation;
      const size = Math.abs(values[i]!);
      if (size > largest) largest = size;
    }
    const norm = Math.sqrt(squares);
    cancellation = Math.max(cancellation, largest / (norm / Math.sqrt(rows)));
    scales.push(powerOfTwoNear(1 / norm));
  });
  const names = [...(fitIntercept ? [INTERCEPT_NAME] : []), ...features.map((feature) => feature.name)];
  const responseMean = fitIntercept ? pairwiseMean(problem.response) : 0;
  return { names, hasIntercept: fitIntercept, means, scales: Float64Array.from(scales), cancellation, responseMean };
}

/** Rows per block: a block of 12 columns stays within a few hundred kB of cache. */
const BLOCK_ROWS = 2048;

/**
 * The upper triangle R (row-major, (m+1)×(m+1)) of the Householder QR of `[B | y − ȳ]`, B the
 * centred, scaled design and ȳ `scaling.responseMean` (the solution is the same, the intercept
 * less ȳ; the centred response keeps `RᵀR = [B | y − ȳ]ᵀ[B | y − ȳ]` free of cancellation, so
 * the descent statistics can be read from it, `triangleStatistics.ts`), streamed block by block without ever forming B: each block of rows
 * is built in a small buffer and folded into the current triangle by Householder reflections
 * of `[R; block]` (a reflection for column k touches row k of R and the block only, since R is
 * zero below its diagonal). Backward stable like the one-shot factorisation, and it reads the
 * data once with no N-sized allocation. From it: R's top-left m×m block is the design's
 * triangular factor, its last column holds Qᵀy, and |R[m][m]| is the residual norm ‖y − B·z‖.
 * Complexity O(N·m²) time, O(BLOCK_ROWS·m) memory.
 */
export function streamedTriangle(problem: LinearProblem, scaling: DesignScaling): Float64Array {
  const { features, response } = problem;
  const rows = response.length;
  const m = scaling.scales.length;
  const width = m + 1;
  const offset = scaling.hasIntercept ? 1 : 0;
  const triangle = new Float64Array(width * width);
  const block = Array.from({ length: width }, () => new Float64Array(BLOCK_ROWS));
  for (let first = 0; first < rows; first += BLOCK_ROWS) {
    const size = Math.min(BLOCK_ROWS, rows - first);
    if (scaling.hasIntercept) block[0]!.fill(scaling.scales[0]!, 0, size);
    features.forEach((feature, j) => {
      const { values, residue } = feature;
      const column = block[j + offset]!;
      const mean = scaling.means[j]!;
      const scale = scaling.scales[j + offset]!;
      for (let i = 0; i < size; i++)
        column[i] = (values[first + i]! - mean + (residue ? residue[first + i]! : 0)) * scale;
    });
    const responseColumn = block[m]!;
    const responseMean = scaling.responseMean;
    for (let i = 0; i < size; i++) responseColumn[i] = response[first + i]! - responseMean;
    foldBlock(triangle, block, width, size);
  }
  return triangle;
}

function foldBlock(triangle: Float64Array, block: Float64Array[], width: number, size: number): void {
  for (let k = 0; k < width; k++) {
    const v = block[k]!;
    let below = 0;
    for (let i = 0; i < size; i++) below += v[i]! * v[i]!;
    if (below === 0) continue;
    const alpha = triangle[k * width + k]!;
    const beta = -(alpha >= 0 ? 1 : -1) * Math.sqrt(alpha * alpha + below);
    const head = alpha - beta;
    const scale = 2 / (head * head + below);
    triangle[k * width + k] = beta;
    // two columns a pass, so each v[i] loaded serves both (the loop is bound by loads)
    let c = k + 1;
    for (; c + 1 < width; c += 2) {
      const a = block[c]!;
      const b = block[c + 1]!;
      let dotA = head * triangle[k * width + c]!;
      let dotB = head * triangle[k * width + c + 1]!;
      for (let i = 0; i < size; i++) {
        dotA += v[i]! * a[i]!;
        dotB += v[i]! * b[i]!;
      }
      const factorA = scale * dotA;
      const factorB = scale * dotB;
      triangle[k * width + c] = triangle[k * width + c]! - factorA * head;
      triangle[k * width + c + 1] = triangle[k * width + c + 1]! - factorB * head;
      for (let i = 0; i < size; i++) {
        a[i] = a[i]! - factorA * v[i]!;
        b[i] = b[i]! - factorB * v[i]!;
      }
    }
    if (c < width) {
      const a = block[c]!;
      let dot = head * triangle[k * width + c]!;
      for (let i = 0; i < size; i++) dot += v[i]! * a[i]!;
      const factor = scale * dot;
      triangle[k * width + c] = triangle[k * width + c]! - factor * head;
      for (let i = 0; i < size; i++) a[i] = a[i]! - factor * v[i]!;
    }
  }
}
