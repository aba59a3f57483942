import { describe, expect, it } from 'vitest';
import { downsampleSeries, thinSeries } from '../core/downsample';
import { clipLineToBox } from './clipLine';
import { plotText } from './plotText';

describe('clipLineToBox', () => {
  const box = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
  it('keeps a line that crosses the whole box', () => {
    expect(clipLineToBox({ intercept: 0.2, slope: 0.5 }, box)).toEqual({ x: [0, 1], y: [0.2, 0.7] });
  });
  it('cuts a steep line where it leaves the top and bottom', () => {
    const segment = clipLineToBox({ intercept: -1, slope: 4 }, box)!;
    expect(segment.x).toEqual([0.25, 0.5]);
    expect(segment.y).toEqual([0, 1]);
  });
  it('returns null for a line that misses the box or is not finite', () => {
    expect(clipLineToBox({ intercept: 5, slope: 0 }, box)).toBeNull();
    expect(clipLineToBox({ intercept: 5, slope: 1 }, box)).toBeNull();
    expect(clipLineToBox({ intercept: NaN, slope: 1 }, box)).toBeNull();
  });
  it('keeps a diverging line inside the frame', () => {
    const segment = clipLineToBox({ intercept: -3e149, slope: 1e150 }, box)!;
    for (const y of segment.y) expect(y >= 0 && y <= 1).toBe(true);
  });
});

describe('downsampleSeries', () => {
  it('returns short series whole', () => {
    expect(downsampleSeries([3, 2, 1], 10)).toEqual({ epochs: [0, 1, 2], values: [3, 2, 1] });
  });
  it('keeps spikes, the first and the last point of a long series', () => {
    const values = Float64Array.from({ length: 100_000 }, (_, i) => 1 / (i + 1));
    values[54_321] = 99;
    const thinned = downsampleSeries(values, 500);
    // A falling series gives two points a bucket (its first, highest, and its last, lowest);
    // the bucket with the spike gives three: 2·500 + 1.
    expect(thinned.values.length).toBe(1001);
    expect(thinned.epochs.every((epoch, i) => i === 0 || epoch > thinned.epochs[i - 1]!)).toBe(true);
    expect(thinned.epochs).toContain(199); // the lowest point of the first bucket (epochs 0…199)
    expect(thinned.values).toContain(99);
    expect(thinned.epochs[0]).toBe(0);
    expect(thinned.epochs[thinned.epochs.length - 1]).toBe(99_999);
  });
});

describe('plotText', () => {
  it('escapes markup so plotly shows it literally', () => {
    expect(plotText('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });
});

describe('thinSeries', () => {
  it('draws a short series whole, from the very array it was given', () => {
    const losses = Float64Array.of(4, 3, 2, 1);
    const thinned = thinSeries(losses, 10);
    expect(thinned.values).toBe(losses);
    expect(Array.from(thinned.epochs)).toEqual([0, 1, 2, 3]);
  });
  it('keeps the first, lowest and highest value of every bucket, in epoch order, like a sort of the three', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const count of [301, 1000, 4567, 20_000]) {
      const values = Float64Array.from({ length: count }, () => (next() < 0.05 ? 50 * next() : next()));
      const buckets = 100;
      const thinned = thinSeries(values, buckets);
      const expected: number[] = [];
      const size = count / buckets;
      for (let bucket = 0; bucket < buckets; bucket++) {
        const start = Math.floor(bucket * size);
        const end = Math.min(count, Math.floor((bucket + 1) * size));
        const slice = Array.from(values.subarray(start, end));
        const low = start + slice.indexOf(Math.min(...slice));
        const high = start + slice.indexOf(Math.max(...slice));
        expected.push(...[...new Set([start, low, high])].sort((a, b) => a - b));
      }
      if (expected.at(-1) !== count - 1) expected.push(count - 1);
      expect(Array.from(thinned.epochs)).toEqual(expected);
      expect(Array.from(thinned.values)).toEqual(expected.map((epoch) => values[epoch]));
    }
  });
});
