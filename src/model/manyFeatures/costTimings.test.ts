import { describe, expect, it } from 'vitest';
import { loadAdvertising } from '../advertisingDataSet';
import { measureCosts } from './costTimings';
import { prepareManyFeatureProblem } from './manyFeatureProblem';

describe('measureCosts', () => {
  it('reports the median of seven repeats of each method, measured with the clock it is given', () => {
    const problem = prepareManyFeatureProblem(
      loadAdvertising(),
      {
        featureName: 'TV',
        extraFeatures: ['Radio', 'Newspaper'],
        responseName: 'Sales',
        polynomialDegree: 1,
        throughOrigin: false,
      },
      true,
    );
    // A clock that advances 1 ms per reading: every measured span is exactly 1 ms.
    let tick = 0;
    const timings = measureCosts(problem, () => tick++);
    expect(timings).toEqual({
      epochMilliseconds: 1,
      leastSquaresMilliseconds: 1,
      rows: 200,
      terms: 3,
      epochsPerFit: 1,
    });
  });
});
