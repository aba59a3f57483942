import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pairwiseSum } from '../../core/summation';
import { LEAST_SQUARES_CODE } from './pythonCode';
import { assertPythonTools, PYTHON } from './testing/runExport';

// What the README says about the export's sums, checked against Debian's numpy itself:
// np.sum adds pairwise only within blocks of 8192 values, so past that length it can leave the
// page's order, while the exported pairwise_sum keeps to it at every length.

/** Values that are awkward to add (many magnitudes, both signs), the same in JavaScript and Python. */
function awkwardValues(count: number): Float64Array {
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = (((i * 7919) % 10007) / 10007 - 0.3) * 2 ** ((i % 29) - 14);
  return values;
}

/** Python's repr of np.sum and of the exported pairwise_sum on the same values, by length. */
let computed: Record<number, { npSum: string; exported: string }> | null = null;
function numpySums(lengths: readonly number[]): Record<number, { npSum: string; exported: string }> {
  if (computed) return computed;
  assertPythonTools();
  const program = `import numpy as np
${LEAST_SQUARES_CODE.slice(0, LEAST_SQUARES_CODE.indexOf('def pairwise_mean'))}
import json
out = {}
for n in ${JSON.stringify(lengths)}:
    i = np.arange(n)
    values = (((i * 7919) % 10007) / 10007 - 0.3) * 2.0 ** ((i % 29) - 14)
    out[n] = {"npSum": repr(float(np.sum(values))), "exported": repr(float(pairwise_sum(values)))}
print(json.dumps(out))`;
  const run = spawnSync(PYTHON, ['-c', program], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`numpy failed:\n${run.stderr}`);
  computed = JSON.parse(run.stdout) as Record<number, { npSum: string; exported: string }>;
  return computed;
}

describe("the export's sums against numpy's np.sum", () => {
  const lengths = [200, 8192, 20_000, 100_003] as const;
  it('builds the same values in Python as here (the comparison below is of sums, not of inputs)', () => {
    assertPythonTools();
    const run = spawnSync(
      PYTHON,
      [
        '-c',
        'import numpy as np, json; i = np.arange(40); print(json.dumps([repr(float(v)) for v in (((i * 7919) % 10007) / 10007 - 0.3) * 2.0 ** ((i % 29) - 14)]))',
      ],
      { encoding: 'utf8' },
    );
    expect((JSON.parse(run.stdout) as string[]).map(Number)).toEqual(Array.from(awkwardValues(40)));
  });
  it("equal the page's pairwise sum up to 8192 values, np.sum included", () => {
    const sums = numpySums(lengths);
    for (const n of [200, 8192]) {
      expect(Number(sums[n]!.npSum)).toBe(pairwiseSum(awkwardValues(n)));
      expect(Number(sums[n]!.exported)).toBe(pairwiseSum(awkwardValues(n)));
    }
  }, 60_000);
  it("past 8192 values np.sum leaves the page's order, and the exported pairwise_sum keeps to it", () => {
    const sums = numpySums(lengths);
    const npSumDiffers = [20_000, 100_003].filter((n) => Number(sums[n]!.npSum) !== pairwiseSum(awkwardValues(n)));
    expect(npSumDiffers.length).toBeGreaterThan(0);
    for (const n of [20_000, 100_003]) expect(Number(sums[n]!.exported)).toBe(pairwiseSum(awkwardValues(n)));
  }, 60_000);
});
