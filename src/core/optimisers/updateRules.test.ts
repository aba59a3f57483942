import { describe, expect, it } from 'vitest';
import { applyUpdate, createUpdateRule } from './updateRules';

function steps(
  optimiser: Parameters<typeof createUpdateRule>[0],
  learningRate: number,
  gradients: [number, number][],
): number[][] {
  const rule = createUpdateRule(optimiser, learningRate);
  const parameters = new Float64Array(2);
  return gradients.map(([intercept, slope]) => {
    applyUpdate(rule, parameters, intercept, slope);
    return Array.from(parameters);
  });
}

describe('applyUpdate', () => {
  it('plain: θ ← θ − η·g', () => {
    expect(
      steps({ kind: 'plain' }, 0.5, [
        [2, -4],
        [2, -4],
      ]),
    ).toEqual([
      [-1, 2],
      [-2, 4],
    ]);
  });
  it('momentum: v ← β·v + g, θ ← θ − η·v, with v starting at zero', () => {
    // β = 0.5, η = 1, constant g = (1, 2): v = (1, 2), (1.5, 3), (1.75, 3.5); θ = −(1, 2), −(2.5, 5), −(4.25, 8.5)
    expect(
      steps({ kind: 'momentum', momentum: 0.5 }, 1, [
        [1, 2],
        [1, 2],
        [1, 2],
      ]),
    ).toEqual([
      [-1, -2],
      [-2.5, -5],
      [-4.25, -8.5],
    ]);
  });
  it("Adam: the bias-corrected first step is η·g/(|g| + ε) whatever the gradient's scale", () => {
    // m̂ = g and v̂ = g² after one step, so the move is η·g/(|g| + ε): 0.01 up to ε, for g = 1e−6 and g = 1e6 alike
    const [first] = steps({ kind: 'adam' }, 0.01, [[-1e-6, -1e6]]);
    expect(first![0]).toBeCloseTo((0.01 * 1e-6) / (1e-6 + 1e-8), 15);
    expect(first![1]).toBeCloseTo(0.01, 15);
  });
  it('Adam: a gradient that keeps its sign keeps a step near η', () => {
    const path = steps(
      { kind: 'adam' },
      0.1,
      Array.from({ length: 5 }, () => [3, -3] as [number, number]),
    );
    // with a constant gradient m̂ = g and v̂ = g² at every step (the corrections undo the zero
    // start exactly), so each step is 0.1·3/(3 + 1e−8)
    const step = (0.1 * 3) / (3 + 1e-8);
    path.forEach(([intercept, slope], k) => {
      expect(intercept).toBeCloseTo(-step * (k + 1), 14);
      expect(slope).toBeCloseTo(step * (k + 1), 14);
    });
  });
  it('keeps separate state for separate rules', () => {
    const first = steps({ kind: 'momentum' }, 1, [[1, 1]]);
    const second = steps({ kind: 'momentum' }, 1, [[1, 1]]);
    expect(second).toEqual(first);
  });
});
