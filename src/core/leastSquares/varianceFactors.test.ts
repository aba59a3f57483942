import { describe, expect, it } from 'vitest';
import { createRandomSource, uniform } from '../random';
import { runPython } from '../testing/python';
import { ALWAYS_REFINE_ENTRIES } from './fitLinearLeastSquares';
import { accurateVarianceFactors } from './varianceFactors';

// numpy, run now: diag((XᵀX)⁻¹) with a column of ones first. The design below is well
// conditioned (κ of XᵀX about 1e4), so numpy's inverse is good to about 1e-12.
const NUMPY = `
import json, sys
import numpy as np
data = json.load(sys.stdin)
X = np.column_stack([np.ones(len(data['features'][0]))] + data['features'])
print(json.dumps(np.diag(np.linalg.inv(X.T @ X)).tolist()))
`;

describe('accurateVarianceFactors on a large, well-conditioned design', () => {
  it('takes the streamed one-solve path there and still agrees with numpy to 1e-10', () => {
    const random = createRandomSource(7);
    const rows = 80_000;
    const features = [0, 1, 2].map((j) => ({
      name: `x${j}`,
      values: Float64Array.from({ length: rows }, () => 10 * j + uniform(random, 0, j + 1)),
    }));
    const response = Float64Array.from({ length: rows }, (_, i) => features[0]!.values[i]! + uniform(random, 0, 1));
    expect(rows * 4).toBeGreaterThan(ALWAYS_REFINE_ENTRIES);
    const expected = runPython<number[]>(NUMPY, { features: features.map((feature) => Array.from(feature.values)) });
    const factors = accurateVarianceFactors({ features, response, fitIntercept: true });
    expected.forEach((value, k) => {
      expect(Math.abs(factors[k]! / value - 1)).toBeLessThan(1e-10);
    });
  });
});
