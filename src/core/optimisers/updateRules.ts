import { DEFAULT_ADAM, DEFAULT_MOMENTUM, type Optimiser } from './settings';

/**
 * One run's update rule: the optimiser's constants and its state from step to step, in
 * `state` = [v_intercept, v_slope] for momentum, or [β₁ᵗ, β₂ᵗ, m_intercept, m_slope,
 * v_intercept, v_slope] for Adam. Every rule has the same shape and {@link applyUpdate} is one
 * function, so the hot loop of a stochastic run makes the same monomorphic call per update
 * whichever optimisers the notebook has run before (a closure per optimiser made that call
 * site polymorphic once a student switched optimisers, and later runs slower).
 */
export interface UpdateRule {
  readonly kind: Optimiser['kind'];
  readonly learningRate: number;
  readonly momentum: number;
  readonly firstMomentDecay: number;
  readonly secondMomentDecay: number;
  readonly epsilon: number;
  readonly state: Float64Array;
}

/**
 * A fresh rule with zeroed state (and β₁⁰ = β₂⁰ = 1 for Adam). Settings are assumed valid
 * (`assertValidSettings`); omitted constants take their defaults. Complexity O(1).
 */
export function createUpdateRule(optimiser: Optimiser, learningRate: number): UpdateRule {
  return {
    kind: optimiser.kind,
    learningRate,
    momentum: optimiser.kind === 'momentum' ? (optimiser.momentum ?? DEFAULT_MOMENTUM) : 0,
    firstMomentDecay: optimiser.kind === 'adam' ? (optimiser.firstMomentDecay ?? DEFAULT_ADAM.firstMomentDecay) : 0,
    secondMomentDecay: optimiser.kind === 'adam' ? (optimiser.secondMomentDecay ?? DEFAULT_ADAM.secondMomentDecay) : 0,
    epsilon: optimiser.kind === 'adam' ? (optimiser.epsilon ?? DEFAULT_ADAM.epsilon) : 0,
    state: optimiser.kind === 'adam' ? Float64Array.of(1, 1, 0, 0, 0, 0) : new Float64Array(6),
  };
}

/**
 * Moves `parameters` = [intercept, slope] (the run's own working buffer) in place by one
 * update from gradient g, with learning rate η, per parameter θ, t counting updates from 1:
 *
 * - plain: `θ ← θ − η·g`, the same arithmetic as `descend`.
 * - momentum (heavy ball, PyTorch's form without dampening): velocity v starts at 0, then
 *   `v ← β·v + g` and `θ ← θ − η·v`. The first update equals plain; later ones keep moving in
 *   the direction of past gradients, which speeds travel along a long shallow valley.
 * - adam (Kingma & Ba 2015, Algorithm 1): moments m and v start at 0, then
 *   `m ← β₁·m + (1−β₁)·g`, `v ← β₂·v + (1−β₂)·g²`, bias-corrected `m̂ = m/(1−β₁ᵗ)`,
 *   `v̂ = v/(1−β₂ᵗ)`, and `θ ← θ − η·m̂/(√v̂ + ε)`. Each parameter's step is about η in size
 *   whatever its gradient's scale, which is why Adam copes with unscaled features. β₁ᵗ and β₂ᵗ
 *   are running products (a power per step would cost more than the rest of the update).
 *
 * Mutates only `parameters` and `rule.state`. Complexity O(1).
 */
export function applyUpdate(
  rule: UpdateRule,
  parameters: Float64Array,
  interceptGradient: number,
  slopeGradient: number,
): void {
  if (rule.kind === 'plain') plainUpdate(rule, parameters, interceptGradient, slopeGradient);
  else if (rule.kind === 'momentum') momentumUpdate(rule, parameters, interceptGradient, slopeGradient);
  else adamUpdate(rule, parameters, interceptGradient, slopeGradient);
}

function plainUpdate(
  rule: UpdateRule,
  parameters: Float64Array,
  interceptGradient: number,
  slopeGradient: number,
): void {
  parameters[0] = parameters[0]! - rule.learningRate * interceptGradient;
  parameters[1] = parameters[1]! - rule.learningRate * slopeGradient;
}

function momentumUpdate(
  rule: UpdateRule,
  parameters: Float64Array,
  interceptGradient: number,
  slopeGradient: number,
): void {
  const { learningRate, momentum, state } = rule;
  const interceptVelocity = momentum * state[0]! + interceptGradient;
  const slopeVelocity = momentum * state[1]! + slopeGradient;
  state[0] = interceptVelocity;
  state[1] = slopeVelocity;
  parameters[0] = parameters[0]! - learningRate * interceptVelocity;
  parameters[1] = parameters[1]! - learningRate * slopeVelocity;
}

function adamUpdate(
  rule: UpdateRule,
  parameters: Float64Array,
  interceptGradient: number,
  slopeGradient: number,
): void {
  const { learningRate, firstMomentDecay, secondMomentDecay, epsilon, state } = rule;
  // state holds β₁ᵗ, β₂ᵗ, then the running means of the gradient and of its square, per parameter.
  state[0] = state[0]! * firstMomentDecay;
  state[1] = state[1]! * secondMomentDecay;
  state[2] = firstMomentDecay * state[2]! + (1 - firstMomentDecay) * interceptGradient;
  state[3] = firstMomentDecay * state[3]! + (1 - firstMomentDecay) * slopeGradient;
  state[4] = secondMomentDecay * state[4]! + (1 - secondMomentDecay) * interceptGradient * interceptGradient;
  state[5] = secondMomentDecay * state[5]! + (1 - secondMomentDecay) * slopeGradient * slopeGradient;
  const meanCorrection = 1 - state[0];
  const squareCorrection = 1 - state[1];
  const [interceptMean, slopeMean, interceptSquare, slopeSquare] = [state[2], state[3], state[4], state[5]];
  parameters[0] =
    parameters[0]! -
    (learningRate * (interceptMean / meanCorrection)) / (Math.sqrt(interceptSquare / squareCorrection) + epsilon);
  parameters[1] =
    parameters[1]! -
    (learningRate * (slopeMean / meanCorrection)) / (Math.sqrt(slopeSquare / squareCorrection) + epsilon);
}
