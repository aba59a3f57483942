import { line, ms, summarise } from './stats.mjs';

const NUMPY_SECONDS = 1.3; // REFERENCE.md: numpy takes 1.2–1.4 s for this run on this kind of machine

/** The 200 000-epoch synthetic run (x = 1..300, y = 0.5x + 2, rate 0.000025) in the core. */
export function benchCore(core) {
  const { runGradientDescent } = core;
  const feature = Float64Array.from({ length: 300 }, (_, i) => i + 1);
  const response = feature.map((x) => 0.5 * x + 2);
  const timeRun = (method, repeats) => {
    const samples = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      runGradientDescent({ feature, response, learningRate: 0.000025, epochs: 200_000, method });
      samples.push(performance.now() - start);
    }
    return summarise(samples);
  };
  timeRun('auto', 5); // warm up the JIT
  const fast = timeRun('auto', 30);
  const plain = timeRun('per-point', 5);
  console.log('Core: synthetic lesson, 200 000 epochs of batch gradient descent on 300 points');
  line(
    'sufficient statistics (what the app runs)',
    `median ${ms(fast.median)}, p95 ${ms(fast.p95)} over ${fast.count} runs`,
  );
  line('per-point loop (bit-exact reference)', `median ${ms(plain.median)} over ${plain.count} runs`);
  line(
    'numpy on this machine (REFERENCE.md)',
    `≈ ${NUMPY_SECONDS * 1000} ms → ${((NUMPY_SECONDS * 1000) / fast.median).toFixed(0)}× faster`,
  );
  line('target: single-digit milliseconds', fast.median < 10 ? 'met' : 'NOT met');
  return { fast, plain };
}
