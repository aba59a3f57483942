import { describe, expect, it } from 'vitest';
import { type PlotGeometry, polylinePath, storedPolylinePath } from './plotGeometry';

const geometry = (width: number): PlotGeometry => ({
  left: 10,
  top: 5,
  width,
  height: 100,
  x: { min: 0, max: 4, log: false },
  y: { min: 1, max: 1000, log: true },
});

describe('polylinePath', () => {
  it('maps each point to pixels and lifts the pen over points a log axis cannot place', () => {
    expect(polylinePath(geometry(40), [0, 1, 2, 3, 4], [1000, 10, 0, 100, 1])).toBe(
      'M10.0,5.0L20.0,71.7M40.0,38.3L50.0,105.0',
    );
  });
});

describe('storedPolylinePath', () => {
  it('gives the very path polylinePath builds, and the same string again for the same series', () => {
    const shape = geometry(400);
    const epochs = [0, 1, 2, 3, 4];
    const losses = [1000, 500, 90, 12, 1.5];
    const first = storedPolylinePath(shape, epochs, losses);
    expect(first).toBe(polylinePath(shape, epochs, losses));
    expect(storedPolylinePath(shape, epochs, losses)).toBe(first);
  });

  it('builds a new path for a new geometry, new values or new epochs', () => {
    const epochs = [0, 1, 2];
    const losses = [100, 10, 1];
    const narrow = storedPolylinePath(geometry(40), epochs, losses);
    const wide = storedPolylinePath(geometry(400), epochs, losses);
    expect(wide).not.toBe(narrow);
    expect(wide).toBe(polylinePath(geometry(400), epochs, losses));
    const shape = geometry(400);
    storedPolylinePath(shape, epochs, losses);
    expect(storedPolylinePath(shape, [0, 2, 4], losses)).toBe(polylinePath(shape, [0, 2, 4], losses));
    expect(storedPolylinePath(shape, epochs, [100, 50, 25])).toBe(polylinePath(shape, epochs, [100, 50, 25]));
  });
});
