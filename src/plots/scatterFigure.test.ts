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

  it('keeps every row of the built-in sets hoverable: 398 rows all go to plotly', () => {
    const markers = dataMarkers(rows(398));
    expect((markers.trace as { x: number[] }).x).toHaveLength(398);
    expect(markers.rest.x).toHaveLength(0);
  });

  it('splits 842 rows between plotly (every third one, for hovering) and the overlay, drawing each row once', () => {
    const markers = dataMarkers(rows(842));
    expect((markers.trace as { x: number[] }).x).toHaveLength(281);
    expect(markers.rest.x).toHaveLength(561);
    expect((markers.trace as { x: number[] }).x.slice(0, 3)).toEqual([0, 3, 6]);
    expect(allDrawn(markers)).toEqual(Array.from({ length: 842 }, (_, i) => [i, 2 * i + 1]));
  });

  it('draws every 6th of 6000 rows: every third of those (334, at most HOVER_POINTS) by plotly, 666 in the overlay', () => {
    const markers = dataMarkers(rows(6000));
    expect((markers.trace as { x: number[] }).x).toHaveLength(334);
    expect((markers.trace as { x: number[] }).x.length).toBeLessThanOrEqual(HOVER_POINTS);
    expect(markers.rest.x).toHaveLength(MAX_DRAWN_POINTS - 334);
    expect(allDrawn(markers)).toEqual(Array.from({ length: 1000 }, (_, k) => [6 * k, 12 * k + 1]));
    expect(markers.trace.name).toBe('Data (every 6th of 6,000)');
  });
});
