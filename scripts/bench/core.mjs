import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { line, ms, row, summarise } from './stats.mjs';

const PYTHON = '/usr/bin/python3';
const NUMPY_LESSON = fileURLToPath(new URL('./numpyLesson.py', import.meta.url));

/** Seconds numpy takes for the same lesson on this machine now, or null when numpy is missing. */
function numpySeconds() {
  if (!existsSync(PYTHON)) return null;
  try {
    const output = execFileSync(PYTHON, [NUMPY_LESSON], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(output.trim().split(/\s+/)[0]);
  } catch {
    return null;
  }
}

/**
 * The 200 000-epoch synthetic run (x = 1..300, y = 0.5x + 2, rate 0.000025) in the core, and
 * numpy's time for it. The app's row is what the store does on every change of the run
 * (`store/recompute.ts`): `runOptimiser` with the epochs written into the two reused sets of
 * buffers, never the set holding the run on screen. It also computes the statistics from the
 * 300 points each time, which the store keeps from the problem: a few microseconds more.
 */
export function benchCore(core) {
  const { runGradientDescent, runOptimiser, createEpochBufferPool } = core;
  const feature = Float64Array.from({ length: 300 }, (_, i) => i + 1);
  const response = feature.map((x) => 0.5 * x + 2);
  const lesson = { feature, response, learningRate: 0.000025, epochs: 200_000 };
  const pool = createEpochBufferPool();
  let onScreen = null;
  const appRun = () => {
    onScreen = runOptimiser({ ...lesson, buffers: pool.take(lesson.epochs, onScreen) });
  };
  const freshRun = () => runOptimiser(lesson);
  const perPointRun = () => runGradientDescent({ ...lesson, method: 'per-point' });
  const timeRun = (run, repeats) => {
    const samples = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    return summarise(samples);
  };
  timeRun(appRun, 20); // warm up the JIT and the two sets of buffers, as the first moves of a slider do
  const fast = timeRun(appRun, 100);
  timeRun(freshRun, 3);
  const fresh = timeRun(freshRun, 20);
  const plain = timeRun(perPointRun, 5);
  const numpy = numpySeconds();
  console.log('Core: synthetic lesson, 200 000 epochs of batch gradient descent on 300 points');
  row('closed form, reused buffers (the app)', '≤ 1 ms', fast);
  line(
    'the same into fresh arrays (a first run)',
    `median ${ms(fresh.median)} · p95 ${ms(fresh.p95)} · min ${ms(fresh.min)} (${fresh.count} runs)`,
  );
  line('per-point loop (bit-exact reference)', `median ${ms(plain.median)} over ${plain.count} runs`);
  if (numpy === null) line('numpy, as the source writes it', `not measured: ${PYTHON} with numpy is missing`);
  else {
    line('numpy, as the source writes it (this run)', `${ms(numpy * 1000)}, one run`);
    const ratio = (numpy * 1000) / fast.median;
    line('ratio numpy / app (target ≥ 1000×)', `${ratio.toFixed(0)}× → ${ratio >= 1000 ? 'met' : 'NOT met'}`);
  }
  return { fast, fresh, plain, numpy };
}
