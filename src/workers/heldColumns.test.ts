import { describe, expect, it } from 'vitest';
import type { ImportedColumn } from '../adapters/csv/types';
import { type DataSetShape, HeldColumns } from './heldColumns';

function column(name: string, values: number[]): ImportedColumn {
  return {
    name,
    label: name,
    values: Float64Array.from(values),
    numericCount: values.length,
    missing: [],
    missingCount: 0,
    kind: 'numeric',
    isIndex: false,
  };
}

const shapeOf: DataSetShape = { title: 't', source: 's', origin: { kind: 'pasted' }, rowCount: 3 };

describe('HeldColumns', () => {
  it('gives back the data set of a key with the named columns it holds, in the order asked', () => {
    const held = new HeldColumns();
    const x = column('x', [1, 2, 3]);
    const y = column('y', [2, 4, 7]);
    held.hold(1, x);
    held.hold(1, y);
    const dataSet = held.dataSetOf(1, shapeOf, ['y', 'x', 'y']);
    expect(dataSet?.columns).toEqual([y, x]);
    expect(dataSet?.rowCount).toBe(3);
  });

  it('leaves out a column it was never sent, so the preparation reports it as missing', () => {
    const held = new HeldColumns();
    held.hold(1, column('x', [1, 2, 3]));
    expect(held.dataSetOf(1, shapeOf, ['x', 'z'])?.columns.map((c) => c.name)).toEqual(['x']);
  });

  it('drops every column of the old data set when a column of a newer one arrives', () => {
    const held = new HeldColumns();
    held.hold(1, column('x', [1, 2, 3]));
    held.hold(1, column('y', [1, 2, 3]));
    expect(held.hold(2, column('a', [5, 6]))).toBe(true);
    expect(held.size).toBe(1);
    expect(held.heldKey).toBe(2);
    expect(held.dataSetOf(1, shapeOf, ['x'])).toBeNull();
    expect(held.dataSetOf(2, shapeOf, ['x', 'a'])?.columns.map((c) => c.name)).toEqual(['a']);
  });

  it('ignores a column of an older data set that arrives after a newer one', () => {
    const held = new HeldColumns();
    held.hold(2, column('a', [5, 6]));
    expect(held.hold(1, column('x', [1, 2, 3]))).toBe(false);
    expect(held.heldKey).toBe(2);
    expect(held.size).toBe(1);
  });

  it('puts a column sent in slices back together, in a buffer of its own', () => {
    const held = new HeldColumns();
    const { values: _values, ...shape } = column('x', []);
    held.holdSlice(1, shape, 5, 0, Float64Array.of(1, 2));
    held.holdSlice(1, shape, 5, 2, Float64Array.of(3, 4));
    const last = Float64Array.of(5);
    held.holdSlice(1, shape, 5, 4, last);
    const x = held.dataSetOf(1, { ...shapeOf, rowCount: 5 }, ['x'])?.columns[0];
    expect(Array.from(x?.values ?? [])).toEqual([1, 2, 3, 4, 5]);
    expect(held.isHeld(last)).toBe(false);
  });

  it('knows which arrays share memory with a held column, and keeps its own copy of a whole column', () => {
    const held = new HeldColumns();
    const x = column('x', [1, 2, 3]);
    held.hold(1, x);
    const kept = held.dataSetOf(1, shapeOf, ['x'])!.columns[0]!.values;
    expect(held.isHeld(kept)).toBe(true);
    expect(held.isHeld(kept.subarray(1))).toBe(true);
    expect(held.isHeld(x.values)).toBe(false);
    expect(Array.from(kept)).toEqual([1, 2, 3]);
  });
});
