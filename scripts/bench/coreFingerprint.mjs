// node scripts/bench/coreFingerprint.mjs: one SHA-256 over every double that plain batch
// descent produces for the 200 000-epoch lesson and for 900 random runs (badly scaled and
// shifted data, converging, oscillating and diverging rates, random starts, tolerance stops,
// short per-point and shuffled runs). Two versions of the core that print the same fingerprint
// compute the same doubles bit for bit. With `createEpochBufferPool` in the core, the same
// runs are also made into reused buffers and must give the same fingerprint.

import { createHash } from 'node:crypto';
import { loadCore } from './loadCore.mjs';

const core = await loadCore();

/** mulberry32: a small seeded generator, so the runs are the same on every machine. */
function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The runs: [label, epochs, function(options) → trajectory]; options carry the buffers when pooled. */
function runs() {
  const list = [];
  const feature = Float64Array.from({ length: 300 }, (_, i) => i + 1);
  const response = feature.map((x) => 0.5 * x + 2);
  const lesson = { feature, response, learningRate: 0.000025, epochs: 200_000 };
  list.push(['lesson runGradientDescent', 200_000, (extra) => core.runGradientDescent({ ...lesson, ...extra })]);
  list.push(['lesson runOptimiser', 200_000, (extra) => core.runOptimiser({ ...lesson, ...extra })]);
  const random = randomSource(14);
  const uniform = (low, high) => low + (high - low) * random();
  const logUniform = (low, high) => Math.exp(uniform(Math.log(low), Math.log(high)));
  for (let i = 0; i < 900; i++) {
    const count = 2 + Math.floor(random() * 400);
    const scale = logUniform(1e-3, 1e6);
    const offset = random() < 0.2 ? logUniform(1, 1e13) : 0;
    const x = Float64Array.from({ length: count }, () => offset + scale * uniform(-1, 1));
    const trueSlope = uniform(-3, 3);
    const y = x.map((v) => trueSlope * (v - offset) + uniform(-1, 1) * scale * random() + uniform(-10, 10));
    // the stable limit 2/λmax of the MSE Hessian 2·[[1, x̄], [x̄, mean(x²)]]
    const mean = x.reduce((a, b) => a + b, 0) / count;
    const meanSquare = x.reduce((a, b) => a + b * b, 0) / count;
    const largest = 1 + meanSquare + Math.sqrt((1 - meanSquare) ** 2 + 4 * mean * mean);
    const learningRate = (2 / largest) * uniform(0.01, 1.3);
    const start = random() < 0.3 ? { intercept: uniform(-50, 50), slope: uniform(-5, 5) } : undefined;
    const tolerance = random() < 0.4 ? logUniform(1e-14, 1e-3) : undefined;
    const kind = i % 9;
    if (kind < 5) {
      // long enough that runOptimiser takes the closed form (epochs × points > 2 000 000)
      const epochs = Math.floor(2_000_000 / count) + 1 + Math.floor(random() * 30_000);
      list.push([
        `closed ${i}`,
        epochs,
        (extra) => core.runOptimiser({ feature: x, response: y, learningRate, epochs, start, tolerance, ...extra }),
      ]);
    } else if (kind < 7) {
      const epochs = Math.floor(random() * 5000);
      list.push([
        `statistics ${i}`,
        epochs,
        (extra) =>
          core.runGradientDescent({
            feature: x,
            response: y,
            learningRate,
            epochs,
            start,
            method: 'sufficient-statistics',
            ...extra,
          }),
      ]);
    } else if (kind === 7) {
      const epochs = Math.floor(random() * 300);
      list.push([
        `per-point ${i}`,
        epochs,
        (extra) => core.runOptimiser({ feature: x, response: y, learningRate, epochs, start, tolerance, ...extra }),
      ]);
    } else {
      const epochs = 1 + Math.floor(random() * 50);
      const flavour = { kind: 'mini-batch', batchSize: 1 + Math.floor(random() * 20), seed: i };
      list.push([
        `mini-batch ${i}`,
        epochs,
        (extra) =>
          core.runOptimiser({
            feature: x,
            response: y,
            learningRate: learningRate / 4,
            epochs,
            start,
            tolerance,
            flavour,
            ...extra,
          }),
      ]);
    }
  }
  return list;
}

/**
 * The bytes of a run's values: an array's own, or for a line computed when read (a closed-form
 * run stores none) the doubles read at every epoch, so the hash is the same as when they were stored.
 */
const bytesOf = (values) => {
  const array =
    values instanceof Float64Array ? values : Float64Array.from({ length: values.length }, (_, k) => values.at(k));
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
};

const digestOf = (t) => {
  const hash = createHash('sha256');
  for (const values of [t.intercepts, t.slopes, t.losses]) hash.update(bytesOf(values));
  return hash.digest('hex');
};

/** Runs them all; `buffersFor(previous)` gives each run its buffers, and the run before must come through the next one intact. */
function fingerprint(buffersFor) {
  const hash = createHash('sha256');
  const tally = { budget: 0, tolerance: 0, diverged: 0 };
  let previous = null;
  for (const [label, epochs, run] of runs()) {
    const before = previous && digestOf(previous);
    const t = run(buffersFor(previous, epochs));
    if (previous && digestOf(previous) !== before) throw new Error(`${label} overwrote the run before it`);
    previous = t;
    tally[t.stop?.reason ?? (t.divergence ? 'diverged' : 'budget')]++;
    hash.update(label);
    hash.update(JSON.stringify([t.lastEpoch, t.divergence, t.stop ?? null, t.method]));
    for (const values of [t.intercepts, t.slopes, t.losses]) {
      if (values.length !== t.lastEpoch + 1)
        throw new Error(`${label}: ${values.length} entries for last epoch ${t.lastEpoch}`);
      hash.update(bytesOf(values));
    }
  }
  return { digest: hash.digest('hex'), tally };
}

const fresh = fingerprint(() => ({}));
console.log('fresh arrays ', fresh.digest, JSON.stringify(fresh.tally));
if (core.createEpochBufferPool) {
  const pool = core.createEpochBufferPool();
  const pooled = fingerprint((previous, epochs) => ({ buffers: pool.take(epochs, previous) }));
  console.log('pooled       ', pooled.digest, JSON.stringify(pooled.tally));
  if (pooled.digest !== fresh.digest) process.exitCode = 1;
}
