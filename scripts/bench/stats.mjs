/** Median and percentiles of a list of timings (milliseconds). */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return { count: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

export function ms(value) {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

export function line(label, text) {
  console.log(`  ${label.padEnd(46)} ${text}`);
}

/**
 * One row of the speed table: its target, median and p95 over the samples. `target` is text
 * such as '≤ 1 ms' or 'p95 ≤ 16.7 ms'; the verdict compares the named statistic (the median
 * unless the target starts with p95) with the number in it. Never fails: it only prints.
 */
export function row(label, target, summary) {
  const limit = Number(target.match(/([\d.]+)\s*ms/)?.[1]);
  const measured = target.startsWith('p95') ? summary.p95 : summary.median;
  const verdict = Number.isFinite(limit) ? (measured <= limit ? 'met' : 'NOT met') : '';
  line(
    label,
    `target ${target} · median ${ms(summary.median)} · p95 ${ms(summary.p95)} · min ${ms(summary.min)} (${summary.count} runs) → ${verdict}`,
  );
}
