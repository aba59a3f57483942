import { describe, expect, it } from 'vitest';
import { labelWidth, readableTicks, readableXAxis, tickLabel } from './axisTicks';

/** Whether any two neighbouring labels, placed on an axis of this length, come closer than `gap`. */
function overlaps(
  ticks: { values: readonly number[]; labels: readonly string[] },
  min: number,
  max: number,
  length: number,
) {
  const at = (value: number) => ((value - min) / (max - min)) * length;
  for (let i = 1; i < ticks.values.length; i++) {
    const room = at(ticks.values[i]!) - at(ticks.values[i - 1]!);
    if (room < (labelWidth(ticks.labels[i]!, 13) + labelWidth(ticks.labels[i - 1]!, 13)) / 2) return true;
  }
  return false;
}

describe('tick labels', () => {
  it('carry exactly the digits the step needs', () => {
    expect(tickLabel(1_000_000_500, 500)).toBe('1,000,000,500');
    expect(tickLabel(0.25, 0.05)).toBe('0.25');
    expect(tickLabel(1500, 500)).toBe('1500');
    expect(tickLabel(200_000, 50_000)).toBe('200,000');
    expect(tickLabel(0.00002, 0.00001)).toBe('2×10⁻⁵');
    expect(tickLabel(-3, 1)).toBe('−3');
    expect(tickLabel(1e-17, 0.1)).toBe('0');
  });
});

describe('readableTicks', () => {
  it('puts ticks on multiples of 1, 2 or 5 × 10ᵏ inside the range', () => {
    const ticks = readableTicks(-0.05, 1.05, 400, 13);
    expect(ticks.values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks.labels).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });

  it('keeps labels near 1e9 apart on a phone-sized axis, with whole numbers instead of 1.0000005B', () => {
    for (const [min, max] of [
      [999_999_000, 1_000_001_000],
      [1e9 - 50, 1e9 + 1120],
      [1e9, 1e9 + 11],
      [0.9e9, 1.1e9],
    ] as const) {
      for (const length of [200, 300, 700]) {
        const ticks = readableTicks(min, max, length, 13);
        expect(ticks.values.length).toBeGreaterThanOrEqual(1);
        expect(overlaps(ticks, min, max, length)).toBe(false);
        for (const value of ticks.values) expect(value >= min && value <= max).toBe(true);
        for (const label of ticks.labels) expect(label).not.toMatch(/B|e\+/);
      }
    }
  });

  it('gives the last epoch a tick of its own and drops a regular tick that would touch it', () => {
    expect(readableTicks(0, 1000, 300, 13, { endTick: true }).labels.at(-1)).toBe('1000');
    expect(readableTicks(0, 200_000, 300, 13, { endTick: true }).labels.at(-1)).toBe('200,000');
    const odd = readableTicks(0, 1234, 300, 13, { endTick: true });
    expect(odd.values.at(-1)).toBe(1234);
    expect(overlaps(odd, 0, 1234, 300)).toBe(false);
  });

  it('returns no ticks for an empty range', () => {
    expect(readableTicks(1, 1, 300, 13).values).toEqual([]);
    expect(readableTicks(0, Number.NaN, 300, 13).values).toEqual([]);
  });
});

describe('readableXAxis far from zero', () => {
  it('gives one full-precision tick in the middle when no step can tell the values apart (x near 1e15, 0.125 apart)', () => {
    const { axis } = readableXAxis([1e15, 1e15 + 5], 800, { l: 40, r: 12 }, 13);
    expect(axis.tickvals).toEqual([1e15 + 2.5]);
    expect(axis.ticktext[0]).toBe('1,000,000,000,000,002.5');
  });
});
