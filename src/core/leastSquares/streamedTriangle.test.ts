import { describe, expect, it } from 'vitest';
import { createRandomSource, standardNormal, uniform } from '../random';
import { fitLinearLeastSquares } from './fitLinearLeastSquares';
import { householderQR, upperTriangle } from './householder';
import { buildScaledDesign } from './scaledDesign';
import { designScaling, streamedTriangle } from './streamedTriangle';

function randomProblem(rows: number, seed: number) {
  const random = createRandomSource(seed);
  const features = [0, 1, 2, 3].map((j) => ({
    name: `x${j}`,
    values: Float64Array.from({ length: rows }, () => 100 * j + uniform(random, -1, 1) * 10 ** j),
  }));
  const response = Float64Array.from({ length: rows }, (_, i) =>
    features.reduce((sum, feature, j) => sum + (j - 1.5) * feature.values[i]!, 7 + standardNormal(random)),
  );
  return { features, response, fitIntercept: true };
}

describe('streamedTriangle', () => {
  it('gives the triangle of the in-memory Householder QR (up to the sign of each row), over several blocks', () => {
    const problem = randomProblem(5000, 1);
    const streamed = streamedTriangle(problem, designScaling(problem));
    const design = buildScaledDesign(problem);
    const inMemory = upperTriangle(householderQR(design.high.map((column) => column.slice())));
    const m = 5;
    for (let i = 0; i < m; i++) {
      const sign = Math.sign(streamed[i * (m + 1) + i]!) * Math.sign(inMemory[i * m + i]!);
      for (let j = i; j < m; j++) {
        expect(Math.abs(sign * streamed[i * (m + 1) + j]! - inMemory[i * m + j]!)).toBeLessThan(1e-12);
      }
    }
  });
  it('lets a large well-conditioned fit skip refinement, within the digits it promises of the refined answer', {
    timeout: 60_000,
  }, () => {
    const problem = randomProblem(60_001, 2);
    const fast = fitLinearLeastSquares(problem);
    const refined = fitLinearLeastSquares(problem, { refine: 'always' });
    expect(fast.method).toBe('householder');
    expect(refined.method).toBe('refined');
    expect(fast.trustworthyDigits).toBeGreaterThan(9);
    const ours = [fast.model.intercept, ...fast.model.weights];
    const reference = [refined.model.intercept, ...refined.model.weights];
    ours.forEach((value, k) => {
      expect(Math.abs(value - reference[k]!)).toBeLessThanOrEqual(
        10 ** -fast.coefficientDigits[k]! * Math.abs(reference[k]!),
      );
    });
    expect(Math.abs(fast.residualSumOfSquares / refined.residualSumOfSquares - 1)).toBeLessThan(1e-12);
    expect(fast.conditionNumber / refined.conditionNumber).toBeCloseTo(1, 10);
  });
});
