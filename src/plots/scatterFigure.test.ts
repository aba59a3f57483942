import { describe, expect, it } from 'vitest';
import type { RegressionProblem } from '../model/regressionProblem';
import { dataTrace, drawnPointCount, markerDrawing } from './scatterFigure';

describe('markerDrawing', () => {
  it('keeps SVG markers up to 1000 points and switches to WebGL above, drawing every point up to 100 000', () => {
    expect(markerDrawing(1000, true)).toEqual({ renderer: 'svg', stride: 1 });
    expect(markerDrawing(1001, true)).toEqual({ renderer: 'webgl', stride: 1 });
    expect(markerDrawing(100_000, true)).toEqual({ renderer: 'webgl', stride: 1 });
    expect(drawnPointCount(100_000, true)).toBe(100_000);
  });
  it('samples every k-th row beyond what each renderer draws', () => {
    expect(markerDrawing(1_000_000, true)).toEqual({ renderer: 'webgl', stride: 10 });
    expect(drawnPointCount(1_000_000, true)).toBe(100_000);
    // without WebGL: SVG, at most 1000 markers
    expect(markerDrawing(5000, false)).toEqual({ renderer: 'svg', stride: 5 });
    expect(drawnPointCount(5001, false)).toBe(834);
  });
});

describe('dataTrace', () => {
  const problemOf = (count: number) =>
    ({
      feature: Float64Array.from({ length: count }, (_, i) => i),
      response: Float64Array.from({ length: count }, (_, i) => 2 * i),
    }) as unknown as RegressionProblem;
  it('hands large data to WebGL as the columns themselves, without copying', () => {
    const problem = problemOf(20_000);
    const trace = dataTrace(problem, true) as { type: string; x: unknown; y: unknown };
    expect(trace.type).toBe('scattergl');
    expect(trace.x).toBe(problem.feature);
    expect(trace.y).toBe(problem.response);
  });
  it('draws small data as SVG markers, and an even sample when WebGL is missing', () => {
    expect((dataTrace(problemOf(200), true) as { type: string }).type).toBe('scatter');
    const sampled = dataTrace(problemOf(3000), false) as { type: string; x: Float64Array; y: Float64Array };
    expect(sampled.type).toBe('scatter');
    expect(Array.from(sampled.x.slice(0, 3))).toEqual([0, 3, 6]);
    expect(Array.from(sampled.y.slice(0, 3))).toEqual([0, 6, 12]);
  });
});
