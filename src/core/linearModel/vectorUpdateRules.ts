import { DEFAULT_ADAM, DEFAULT_MOMENTUM, type Optimiser } from '../optimisers/settings';

/**
 * One run's update rule for a parameter vector `[intercept, w₁, …, w_p]`: the one-feature
 * `UpdateRule` of `optimisers/updateRules.ts` with its per-parameter state widened to any
 * length. `state` holds the velocity (momentum: entries 0 … size−1) or, for Adam, β₁ᵗ and β₂ᵗ
 * in entries 0 and 1, then the first moments, then the second moments.
 */
export interface VectorUpdateRule {
  readonly kind: Optimiser['kind'];
  readonly size: number;
  readonly learningRate: number;
  readonly momentum: number;
  readonly firstMomentDecay: number;
  readonly secondMomentDecay: number;
  readonly epsilon: number;
  readonly state: Float64Array;
}

/** A fresh rule with zeroed state for `size` parameters. Settings are assumed valid. Complexity O(size). */
export function createVectorUpdateRule(optimiser: Optimiser, learningRate: number, size: number): VectorUpdateRule {
  const state = new Float64Array(2 + 2 * size);
  if (optimiser.kind === 'adam') state[0] = state[1] = 1;
  return {
    kind: optimiser.kind,
    size,
    learningRate,
    state,
    momentum: optimiser.kind === 'momentum' ? (optimiser.momentum ?? DEFAULT_MOMENTUM) : 0,
    firstMomentDecay: optimiser.kind === 'adam' ? (optimiser.firstMomentDecay ?? DEFAULT_ADAM.firstMomentDecay) : 0,
    secondMomentDecay: optimiser.kind === 'adam' ? (optimiser.secondMomentDecay ?? DEFAULT_ADAM.secondMomentDecay) : 0,
    epsilon: optimiser.kind === 'adam' ? (optimiser.epsilon ?? DEFAULT_ADAM.epsilon) : 0,
  };
}

/**
 * Moves every parameter θ by one update from its gradient g, exactly as the one-feature rule
 * does for intercept and slope (same formulas, same order of operations, so one feature gives
 * the same doubles):
 * plain `θ ← θ − η·g`; momentum `v ← β·v + g`, `θ ← θ − η·v`; Adam (Kingma & Ba)
 * `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`, `θ ← θ − η·(m/(1−β₁ᵗ))/(√(v/(1−β₂ᵗ)) + ε)`.
 * A gradient of exactly 0 (the intercept of a model through the origin) leaves θ unchanged
 * under every rule. Mutates only `parameters` and `rule.state`. Complexity O(size).
 */
export function applyVectorUpdate(rule: VectorUpdateRule, parameters: Float64Array, gradient: Float64Array): void {
  const { size, learningRate, state } = rule;
  if (rule.kind === 'plain') {
    for (let j = 0; j < size; j++) parameters[j] = parameters[j]! - learningRate * gradient[j]!;
  } else if (rule.kind === 'momentum') {
    for (let j = 0; j < size; j++) {
      const velocity = rule.momentum * state[j]! + gradient[j]!;
      state[j] = velocity;
      parameters[j] = parameters[j]! - learningRate * velocity;
    }
  } else {
    const { firstMomentDecay, secondMomentDecay, epsilon } = rule;
    state[0] = state[0]! * firstMomentDecay;
    state[1] = state[1]! * secondMomentDecay;
    const meanCorrection = 1 - state[0];
    const squareCorrection = 1 - state[1];
    for (let j = 0; j < size; j++) {
      const g = gradient[j]!;
      const mean = firstMomentDecay * state[2 + j]! + (1 - firstMomentDecay) * g;
      const square = secondMomentDecay * state[2 + size + j]! + (1 - secondMomentDecay) * g * g;
      state[2 + j] = mean;
      state[2 + size + j] = square;
      parameters[j] =
        parameters[j]! - (learningRate * (mean / meanCorrection)) / (Math.sqrt(square / squareCorrection) + epsilon);
    }
  }
}
