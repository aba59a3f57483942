import { describe, expect, it } from 'vitest';
import { runPython } from '../testing/python';
import { linearLogColumns, linearTrajectoryToCsv } from './linearTrajectoryCsv';
import type { LinearTrajectory } from './recordLinearEpochs';

/** Python's csv module reads the text back: the header and every number as a float. */
const PYTHON_READ = `
import csv, io, json, sys
rows = list(csv.reader(io.StringIO(json.load(sys.stdin))))
print(json.dumps({'header': rows[0], 'values': [[float(cell) for cell in row] for row in rows[1:]]}))
`;

const trajectory: LinearTrajectory = {
  intercepts: Float64Array.of(0, 0.1, 0.21519198226718594),
  weights: [Float64Array.of(0, -0, 1e-7), Float64Array.of(0, 0.5534083104180343, -2.5e300)],
  losses: Float64Array.of(1, 0.5, 0.016294644608557188),
  lastEpoch: 2,
  divergence: null,
  method: 'per-point',
  stop: { reason: 'budget', epoch: 2 },
};

describe('linearTrajectoryToCsv', () => {
  it('writes a column per weight, named by its term, that Python reads back to the same doubles', () => {
    const names = ['TV', 'ad spend, "online"'];
    const csv = linearTrajectoryToCsv(trajectory, names, true);
    expect(csv.split('\n')[0]).toBe('epoch,loss,intercept,TV,"ad spend, ""online"""');
    const read = runPython<{ header: string[]; values: number[][] }>(PYTHON_READ, csv, []);
    expect(read.header).toEqual(['epoch', 'loss', 'intercept', ...names]);
    expect(read.values).toEqual([
      [0, 1, 0, 0, 0],
      [1, 0.5, 0.1, -0, 0.5534083104180343],
      [2, 0.016294644608557188, 0.21519198226718594, 1e-7, -2.5e300],
    ]);
    expect(csv.split('\n')[2]).toBe('1,0.5,0.1,-0,0.5534083104180343');
  });

  it('leaves the intercept out through the origin and renames a term that matches a leading column', () => {
    expect(linearLogColumns(['loss', 'x^2'], false)).toEqual(['epoch', 'loss', 'loss (weight)', 'x^2']);
    expect(linearTrajectoryToCsv(trajectory, ['a', 'b'], false).split('\n').slice(0, 2)).toEqual([
      'epoch,loss,a,b',
      '0,1,0,0',
    ]);
  });

  it('refuses names that do not match the weights', () => {
    expect(() => linearTrajectoryToCsv(trajectory, ['only one'], true)).toThrow(/2 weights but 1 names/);
  });
});
