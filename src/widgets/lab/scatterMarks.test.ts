import { describe, expect, it } from 'vitest';
import type { PlotGeometry } from '../../plots/plotGeometry';
import { DATA_MARKER } from '../../plots/scatterFigure';
import { markerMarkup } from './ScatterMarks';

const geometry: PlotGeometry = {
  left: 10,
  top: 5,
  width: 200,
  height: 100,
  x: { min: 0, max: 4, log: false },
  y: { min: 1, max: 1000, log: true },
};

describe('markerMarkup', () => {
  it('writes one circle per point at its pixel position, leaving out points a log axis cannot place', () => {
    const markup = markerMarkup({ x: [0, 2, 4], y: [1000, 0, 1] }, geometry, 'data');
    expect(markup).toBe(
      `<circle cx="10.0" cy="5.0" r="${DATA_MARKER.radius}"/><circle cx="210.0" cy="105.0" r="${DATA_MARKER.radius}"/>`,
    );
  });

  it("writes plotly's triangle-up for a held-out point, centred on its pixel position", () => {
    // x = 2 → 110 px; y = 10 → one third of the log axis down from the top: 5 + 100·2/3 = 71.7 px
    const markup = markerMarkup({ x: [2], y: [10] }, geometry, 'held-out');
    expect(markup).toMatch(/^<path d="M[\d.]+,[\d.]+H[\d.]+L110\.0,[\d.]+Z"\/>$/);
    const [, left, base, right, apex] = /M([\d.]+),([\d.]+)H([\d.]+)L110\.0,([\d.]+)Z/.exec(markup)!.map(Number);
    expect((left! + right!) / 2).toBeCloseTo(110, 1);
    expect(base! - apex!).toBeGreaterThan(0);
    expect((2 * base! + apex!) / 3).toBeCloseTo(71.7, 0);
  });

  it('writes nothing for no points', () => {
    expect(markerMarkup({ x: [], y: [] }, geometry, 'data')).toBe('');
  });
});
