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

const shape: DataSetShape = { title: 't', source: 's', origin: { kind: 'pasted' }, rowCount: 3 };

describe('HeldColumns', () => {
  it('gives back the data set of a key with the named columns it holds, in the order asked', () => {
    const held = new HeldColumns();
    const x = column('x', [1, 2, 3]);
    const y = column('y', [2, 4, 7]);
    held.hold(1, x);
    held.hold(1, y);
    const dataSet = held.dataSetOf(1, shape, ['y', 'x', 'y']);
    expect(dataSet?.columns).toEqual([y, x]);
    expect(dataSet?.rowCount).toBe(3);
  });

  it('leaves out a column it was never sent, so the preparation reports it as missing', () => {
    const held = new HeldColumns();
    held.hold(1, column('x', [1, 2, 3]));
    expect(held.dataSetOf(1, shape, ['x', 'z'])?.columns.map((c) => c.name)).toEqual(['x']);
  });

  it('drops every column of the old data set when a column of a newer one arrives', () => {
    const held = new HeldColumns();
    held.hold(1, column('x', [1, 2, 3]));
    held.hold(1, column('y', [1, 2, 3]));
    expect(held.hold(2, column('a', [5, 6]))).toBe(true);
    expect(held.size).toBe(1);
    expect(held.heldKey).toBe(2);
    expect(held.dataSetOf(1, shape, ['x'])).toBeNull();
    expect(held.dataSetOf(2, shape, ['x', 'a'])?.columns.map((c) => c.name)).toEqual(['a']);
  });

  it('ignores a column of an older data set that arrives after a newer one', () => {
    const held = new HeldColumns();
    held.hold(2, column('a', [5, 6]));
    expect(held.hold(1, column('x', [1, 2, 3]))).toBe(false);
    expect(held.heldKey).toBe(2);
    expect(held.size).toBe(1);
  });

  it('knows which arrays share memory with a held column', () => {
    const held = new HeldColumns();
    const x = column('x', [1, 2, 3]);
    held.hold(1, x);
    expect(held.isHeld(x.values)).toBe(true);
    expect(held.isHeld(x.values.subarray(1))).toBe(true);
    expect(held.isHeld(x.values.slice())).toBe(false);
  });
});
