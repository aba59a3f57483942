/**
 * A seeded pseudo-random generator: the same seed gives the same sequence on every machine.
 * Core code never calls Math.random; whatever needs chance takes one of these.
 */
export interface RandomSource {
  /** A uniform number in [0, 1). */
  next(): number;
}

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast, and good enough for shuffling
 * and synthetic noise in teaching (it is not cryptographic). The seed is taken modulo 2³².
 *
 * @example createRandomSource(42).next() // 0.6011037519201636, on every run
 */
export function createRandomSource(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/**
 * A standard normal draw by the Box–Muller transform: `√(−2 ln u₁)·cos(2πu₂)` with u₁ in (0, 1].
 * Uses two uniforms a draw (the sine half is discarded to keep the sequence simple to reason about).
 */
export function standardNormal(random: RandomSource): number {
  const u1 = 1 - random.next();
  const u2 = random.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A uniform draw in [low, high). */
export function uniform(random: RandomSource, low: number, high: number): number {
  return low + (high - low) * random.next();
}

/**
 * A Fisher–Yates shuffle of 0 … n−1, as a new Int32Array; every order is equally likely.
 * Complexity O(n).
 */
export function shuffledIndices(count: number, random: RandomSource): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return shuffleInPlace(order, random);
}

/**
 * Fisher–Yates in place: for i from the end down to 1, swap entry i with a uniformly chosen
 * entry j ≤ i. Any starting order comes out uniformly permuted, so a run can reshuffle one
 * buffer every epoch instead of allocating a new one. Mutates and returns `order`, which must
 * be the caller's own buffer. Complexity O(n).
 */
export function shuffleInPlace(order: Int32Array, random: RandomSource): Int32Array {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const held = order[i]!;
    order[i] = order[j]!;
    order[j] = held;
  }
  return order;
}
