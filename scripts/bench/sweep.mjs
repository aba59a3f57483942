import { readFileSync } from 'node:fs';
import { line, ms, summarise } from './stats.mjs';

/** The learning-rate sweep as the page computes it while the epoch slider moves: 121 rates. */
export function benchSweep(core) {
  const { prepareLossForecast, lossesAfter, logSpacedRates, applyScaler, fitMinMaxScaler } = core;
  const rows = readFileSync('src/data/advertising.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split(',').map(Number));
  const tv = rows.map((row) => row[1]);
  const sales = rows.map((row) => row[4]);
  const feature = applyScaler(fitMinMaxScaler(tv), tv);
  const response = applyScaler(fitMinMaxScaler(sales), sales);
  const rates = logSpacedRates(1e-5, 10, 121);
  const timeSweep = (withForecast) => {
    const samples = [];
    for (let i = 0; i < 300; i++) {
      const epochs = 1 + ((i * 7919) % 100_000);
      const start = performance.now();
      const forecast = withForecast ? prepareLossForecast(feature, response) : cachedForecast;
      lossesAfter(forecast, rates, epochs);
      samples.push(performance.now() - start);
    }
    return summarise(samples.slice(50));
  };
  const cachedForecast = prepareLossForecast(feature, response);
  const dragging = timeSweep(false);
  const fresh = timeSweep(true);
  console.log('Core: learning-rate sweep, 121 rates, epoch budgets 1 … 100 000 (Advertising, scaled)');
  line('per epoch-slider change (forecast prepared)', `median ${ms(dragging.median)}, p95 ${ms(dragging.p95)}`);
  line('including preparing the forecast', `median ${ms(fresh.median)}, p95 ${ms(fresh.p95)}`);
  line('target: within one frame (16.7 ms)', fresh.p95 < 16.7 ? 'met' : 'NOT met');
}
