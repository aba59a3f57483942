import { describe, expect, it } from 'vitest';
import { applyScaler, fitMinMaxScaler } from '../scaling';
import { readAdvertisingColumns } from '../testing/advertising';
import { runGradientDescent, type Trajectory } from './trajectory';
import { trajectoryToCsv } from './trajectoryCsv';

describe('trajectoryToCsv', () => {
  it('writes the two-point run exactly', () => {
    const run = runGradientDescent({ feature: [1, 2], response: [2, 4], learningRate: 0.1, epochs: 1 });
    expect(trajectoryToCsv(run)).toBe(
      'epoch,loss,intercept,slope\n0,10,0,0\n1,1.0599999999999998,0.6000000000000001,1\n',
    );
  });
  it('round-trips every double of the published run, and ends on the published line', () => {
    const { tv, sales } = readAdvertisingColumns();
    const run = runGradientDescent({
      feature: applyScaler(fitMinMaxScaler(tv), tv),
      response: applyScaler(fitMinMaxScaler(sales), sales),
      learningRate: 0.1,
      epochs: 1000,
    });
    const lines = trajectoryToCsv(run).trimEnd().split('\n');
    expect(lines[0]).toBe('epoch,loss,intercept,slope');
    expect(lines.length).toBe(1002);
    lines.slice(1).forEach((line, epoch) => {
      const [index, loss, intercept, slope] = line.split(',').map(Number);
      expect(index).toBe(epoch);
      expect(loss).toBe(run.losses[epoch]);
      expect(intercept).toBe(run.intercepts.at(epoch));
      expect(slope).toBe(run.slopes.at(epoch));
    });
    expect(lines[1001]).toBe(`1000,${run.losses[1000]},0.21519198226718594,0.5534083104180343`);
  });
  it('writes only the epochs asked for', () => {
    const run = runGradientDescent({ feature: [1, 2], response: [2, 4], learningRate: 0.1, epochs: 5 });
    const lines = trajectoryToCsv(run, { fromEpoch: 2, toEpoch: 3 }).trimEnd().split('\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['epoch', '2', '3']);
    expect(trajectoryToCsv(run, { fromEpoch: 5 }).trimEnd().split('\n').length).toBe(2);
  });
  it('keeps the sign of −0 and writes tiny and huge numbers in round-trip form', () => {
    const trajectory: Trajectory = {
      intercepts: Float64Array.of(-0),
      slopes: Float64Array.of(5e-324),
      losses: Float64Array.of(1e21),
      lastEpoch: 0,
      divergence: null,
      method: 'per-point',
    };
    const csv = trajectoryToCsv(trajectory);
    expect(csv).toBe('epoch,loss,intercept,slope\n0,1e+21,-0,5e-324\n');
    // Read back, every cell is the same double, −0 included (String(-0) would have written 0).
    const cells = csv.trimEnd().split('\n')[1]!.split(',').map(Number);
    expect(Object.is(cells[2], -0)).toBe(true);
    expect([cells[1], cells[3]]).toEqual([1e21, 5e-324]);
  });
  it('rejects epochs outside the run, fractional ones, and a reversed range', () => {
    const run = runGradientDescent({ feature: [1, 2], response: [2, 4], learningRate: 0.1, epochs: 5 });
    expect(() => trajectoryToCsv(run, { toEpoch: 6 })).toThrow(/0 to 5/);
    expect(() => trajectoryToCsv(run, { fromEpoch: -1 })).toThrow(RangeError);
    expect(() => trajectoryToCsv(run, { fromEpoch: 1.5 })).toThrow(RangeError);
    expect(() => trajectoryToCsv(run, { fromEpoch: 4, toEpoch: 3 })).toThrow(/after/);
  });
});
