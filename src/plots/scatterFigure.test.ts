import { describe, expect, it } from 'vitest';
import { applyScaler, fitMinMaxScaler, IDENTITY_SCALER } from '../core/scaling';
import { SCALED_ON_DEMAND_ROWS, type WorkingColumns } from '../model/scaledColumnsOnDemand';
import { heldOutMarkers } from './heldOutTraces';
import { DATA_MARKER, dataMarkers, HOVER_POINTS, MAX_DRAWN_POINTS } from './scatterFigure';

/** Unscaled rows (i, 2i + 1). */
function rows(count: number): WorkingColumns {
  const feature = Float64Array.from({ length: count }, (_, i) => i);
  const response = Float64Array.from({ length: count }, (_, i) => 2 * i + 1);
  return {
    rowCount: count,
    scaled: false,
    feature,
    response,
    rawFeature: feature,
    rawResponse: response,
    featureScaler: IDENTITY_SCALER,
    responseScaler: IDENTITY_SCALER,
  };
}

type Trace = { x: number[]; y: number[]; mode: string; hoverlabel?: { bgcolor: string } };

/** Every point drawn: plotly's markers when it draws them (mode 'markers'), and the overlay's; sorted by x, the row number here. */
function allDrawn(markers: ReturnType<typeof dataMarkers>): number[][] {
  const trace = markers.trace as Trace;
  const plotly = trace.mode === 'markers' ? trace.x.map((x, i) => [x, trace.y[i]!]) : [];
  const points = [...plotly, ...markers.rest.x.map((x, i) => [x, markers.rest.y[i]!])];
  return points.sort((a, b) => a[0]! - b[0]!);
}

describe('dataMarkers', () => {
  it('samples a large problem that scales on read from its original columns, to the same markers as its scaled copies', () => {
    const count = SCALED_ON_DEMAND_ROWS + 12_345;
    const raw = rows(count);
    const featureScaler = fitMinMaxScaler(raw.rawFeature);
    const responseScaler = fitMinMaxScaler(raw.rawResponse);
    const scaled = {
      ...raw,
      scaled: true,
      featureScaler,
      responseScaler,
      feature: applyScaler(featureScaler, raw.rawFeature),
      response: applyScaler(responseScaler, raw.rawResponse),
    };
    const onRead = {
      ...scaled,
      get feature(): Float64Array {
        throw new Error('the whole scaled column was read');
      },
      get response(): Float64Array {
        throw new Error('the whole scaled column was read');
      },
    };
    // marked unscaled, the scaled copies are read as they are
    const expected = dataMarkers({ ...scaled, scaled: false });
    const sampled = dataMarkers(onRead);
    expect(sampled.rest).toEqual(expected.rest);
    expect(sampled.trace).toEqual(expected.trace);
  });

  it('gives plotly every point of a small data set (Advertising’s 200) and the overlay none', () => {
    const markers = dataMarkers(rows(200));
    expect((markers.trace as Trace).x).toHaveLength(200);
    expect((markers.trace as Trace).mode).toBe('markers');
    expect(markers.rest.x).toHaveLength(0);
  });

  it('keeps every row of the built-in sets hoverable: 398 rows all go to plotly', () => {
    const markers = dataMarkers(rows(398));
    expect((markers.trace as { x: number[] }).x).toHaveLength(398);
    expect(markers.rest.x).toHaveLength(0);
  });

  it('draws all 842 rows in the overlay, each once, and leaves plotly every third one to hover, drawing none', () => {
    const markers = dataMarkers(rows(842));
    const trace = markers.trace as Trace;
    expect(trace.x).toHaveLength(281);
    expect(trace.x.slice(0, 3)).toEqual([0, 3, 6]);
    expect(trace.mode).toBe('none');
    expect(trace.hoverlabel?.bgcolor, "the hover label in the markers' colour, as plotly gives drawn markers").toBe(
      DATA_MARKER.color,
    );
    expect(markers.rest.x).toHaveLength(842);
    expect(allDrawn(markers)).toEqual(Array.from({ length: 842 }, (_, i) => [i, 2 * i + 1]));
  });

  it('draws every 6th of 6000 rows in the overlay, every third of those (334, at most HOVER_POINTS) hoverable in plotly', () => {
    const markers = dataMarkers(rows(6000));
    const trace = markers.trace as Trace;
    expect(trace.x).toHaveLength(334);
    expect(trace.x.length).toBeLessThanOrEqual(HOVER_POINTS);
    expect(trace.mode).toBe('none');
    expect(markers.rest.x).toHaveLength(MAX_DRAWN_POINTS);
    expect(allDrawn(markers)).toEqual(Array.from({ length: 1000 }, (_, k) => [6 * k, 12 * k + 1]));
    expect(markers.trace.name).toBe('Data (every 6th of 6,000)');
  });
});

describe('heldOutMarkers', () => {
  it("draws a large held-out set in the overlay and leaves plotly an even sample to hover, labelled in the triangles' colour", () => {
    const { feature, response } = rows(5000);
    const markers = heldOutMarkers(feature, response);
    const trace = markers.trace as Trace & { marker: { color: string } };
    expect(trace.mode).toBe('none');
    expect(trace.hoverlabel?.bgcolor).toBe(trace.marker.color);
    expect(markers.rest.x).toHaveLength(MAX_DRAWN_POINTS);
    expect(trace.x.every((x) => markers.rest.x.includes(x))).toBe(true);
  });

  it('gives plotly every point of a small held-out set to draw', () => {
    const markers = heldOutMarkers([1, 2, 3], [4, 5, 6]);
    expect((markers.trace as Trace).mode).toBe('markers');
    expect(markers.rest.x).toHaveLength(0);
  });
});
