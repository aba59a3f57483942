import { describe, expect, it } from 'vitest';
import { dataMarkers, HOVER_POINTS, MAX_DRAWN_POINTS } from './scatterFigure';

function rows(count: number) {
  const feature = Float64Array.from({ length: count }, (_, i) => i);
  const response = Float64Array.from({ length: count }, (_, i) => 2 * i + 1);
  return { feature, response };
}

/** Every point drawn (plotly's and the overlay's), sorted by x, which here is the row number. */
function allDrawn(markers: ReturnType<typeof dataMarkers>): number[][] {
  const trace = markers.trace as { x: number[]; y: number[] };
  const points = [...trace.x.map((x, i) => [x, trace.y[i]!]), ...markers.rest.x.map((x, i) => [x, markers.rest.y[i]!])];
  return points.sort((a, b) => a[0]! - b[0]!);
}

describe('dataMarkers', () => {
  it('gives plotly every point of a small data set (Advertising’s 200) and the overlay none', () => {
    const markers = dataMarkers(rows(200));
    expect((markers.trace as { x: number[] }).x).toHaveLength(200);
    expect(markers.rest.x).toHaveLength(0);
  });

  it('splits 342 rows between plotly (every other one, for hovering) and the overlay, drawing each row once', () => {
    const markers = dataMarkers(rows(342));
    expect((markers.trace as { x: number[] }).x).toHaveLength(171);
    expect((markers.trace as { x: number[] }).x.slice(0, 3)).toEqual([0, 2, 4]);
    expect(markers.rest.x).toHaveLength(171);
    expect(allDrawn(markers)).toEqual(Array.from({ length: 342 }, (_, i) => [i, 2 * i + 1]));
  });

  it('draws every 6th of 6000 rows: 200 of them by plotly, the other 800 in the overlay', () => {
    const markers = dataMarkers(rows(6000));
    expect((markers.trace as { x: number[] }).x).toHaveLength(HOVER_POINTS);
    expect(markers.rest.x).toHaveLength(MAX_DRAWN_POINTS - HOVER_POINTS);
    expect(allDrawn(markers)).toEqual(Array.from({ length: 1000 }, (_, k) => [6 * k, 12 * k + 1]));
    expect(markers.trace.name).toBe('Data (every 6th of 6,000)');
  });
});
