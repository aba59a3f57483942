import { describe, expect, it } from 'vitest';
import { joinSlices } from './prepareSummaryProtocol';

describe('joinSlices', () => {
  it('gives back the column the slices were cut from, value for value', () => {
    const column = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 1e10 + i);
    const slices = [column.slice(0, 300), column.slice(300, 600), column.slice(600, 999), column.slice(999)];
    expect(Array.from(joinSlices(slices))).toEqual(Array.from(column));
  });
  it('joins no slices into an empty column', () => {
    expect(joinSlices([]).length).toBe(0);
  });
});
