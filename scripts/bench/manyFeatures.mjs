import { line, ms, summarise } from './stats.mjs';

const ROWS = 1_000_000;
const FEATURES = 10;

/** A reproducible design: ten correlated columns on different scales and a noisy response. */
function makeProblem() {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const columns = Array.from({ length: FEATURES }, () => new Float64Array(ROWS));
  const response = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    let y = 3;
    const shared = random();
    for (let j = 0; j < FEATURES; j++) {
      const value = (shared + random()) * 10 ** (j % 4);
      columns[j][i] = value;
      y += (j + 1) * 0.1 * value;
    }
    response[i] = y + random() - 0.5;
  }
  return {
    features: columns.map((values, j) => ({ name: `x${j + 1}`, values })),
    response,
    fitIntercept: true,
  };
}

/** 1 000 000 rows × 10 features: the statistics and QR fit, then 1000 epochs of batch descent from them. */
export function benchManyFeatures(core) {
  const { fitLinearLeastSquares, gramStatistics, runLinearOptimiser, fitKeepingTriangle, gramStatisticsFromTriangle } =
    core;
  const { fitMinMaxScaler } = core;
  const problem = makeProblem();
  const columns = problem.features.map((feature) => feature.values);
  // the app's scaled working units: min–max scalers, fitted when the data are scaled, before the fit
  const scalers = columns.map((column) => fitMinMaxScaler(column));
  const responseScaler = fitMinMaxScaler(problem.response);
  const fits = [];
  const statistics = [];
  const together = [];
  const runs = [];
  let stats = null;
  for (let repeat = 0; repeat < 5; repeat++) {
    let start = performance.now();
    fitLinearLeastSquares(problem);
    fits.push(performance.now() - start);
    start = performance.now();
    stats = gramStatistics(columns, problem.response);
    statistics.push(performance.now() - start);
    start = performance.now();
    const { factor } = fitKeepingTriangle(problem);
    gramStatisticsFromTriangle(factor, scalers, responseScaler, problem.response.length);
    together.push(performance.now() - start);
  }
  for (let repeat = 0; repeat < 10; repeat++) {
    const start = performance.now();
    runLinearOptimiser({ problem, learningRate: 1e-9, epochs: 1000, statistics: stats, method: 'gram-statistics' });
    runs.push(performance.now() - start);
  }
  const fit = summarise(fits);
  const stat = summarise(statistics);
  const both = summarise(together);
  const run = summarise(runs);
  console.log('Many features: 1 000 000 rows × 10 features (Node, one thread: what a worker runs)');
  line('QR least-squares fit (streamed, plain)', `median ${ms(fit.median)}, p95 ${ms(fit.p95)} over ${fit.count} runs`);
  line('Gram statistics for descent', `median ${ms(stat.median)}, p95 ${ms(stat.p95)} over ${stat.count} runs`);
  line('QR fit + Gram summed separately', `median ${ms(fit.median + stat.median)}`);
  line(
    'QR fit + Gram from its triangle, target ≤ 500 ms',
    `median ${ms(both.median)}, min ${ms(both.min)}, p95 ${ms(both.p95)} over ${both.count} runs → ${both.median <= 500 ? 'met' : 'NOT met'}`,
  );
  line(
    '1000 epochs of batch descent, target ≤ 50 ms',
    `median ${ms(run.median)}, p95 ${ms(run.p95)} → ${run.median <= 50 ? 'met' : 'NOT met'}`,
  );
  return { fit, stat, both, run };
}
